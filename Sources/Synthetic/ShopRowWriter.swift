import Ingest

/// Writes the records of a shop base (customers.csv, orders.csv, nps_responses.csv, shop_truth.csv) into
/// `ExportBuffer`s, in the clean layout of SPEC section 1 (LF line ends, dates as YYYY-MM-DD).
struct ShopRowWriter {
    static let ordersFile = "orders.csv"
    static let truthTableFile = "shop_truth.csv"

    let days: DayTextTable
    let signupDates: Bool
    let segmentNames: [[UInt8]], acquisitionNames: [[UInt8]], countryNames: [[UInt8]]

    init(config: ShopConfig) {
        days = DayTextTable(first: config.start, last: config.end.adding(days: 15))
        signupDates = config.signupDates
        segmentNames = config.model.segments.map { Array($0.name.utf8) }
        acquisitionNames = config.model.acquisitions.map { Array($0.name.utf8) }
        countryNames = config.model.countries.map { Array($0.name.utf8) }
    }

    /// The header record of `file`; the truth table has three columns per quarter end in `ends`.
    func header(_ file: String, ends: [Quarter]) -> ExportBuffer {
        var b = ExportBuffer(crlf: false)
        switch file {
        case ExportLayout.customersFile:
            b.ascii("customer_id,"); if signupDates { b.ascii("signup_date,") }; b.ascii("segment,acquisition,country")
        case ShopRowWriter.ordersFile: b.ascii("customer_id,date,orders,units,revenue")
        case ExportLayout.npsFile: b.ascii("customer_id,date,score,comment")
        default:
            b.ascii("customer_id,rate,dropout_first,dropout_repeat,first_order,inactive_day")
            for q in ends {
                let l = Array(q.label.utf8)
                b.ascii(",alive_"); b.append(l); b.ascii(",p_no_order_"); b.append(l)
                b.ascii(",expected_orders_"); b.append(l)
            }
        }
        b.endRecord()
        b.records = 0
        return b
    }

    func customer(_ b: inout ExportBuffer, id: [UInt8], profile p: ShopProfile) {
        b.append(id); b.comma()
        if signupDates { days.write(p.firstOrder, to: &b); b.comma() }
        b.append(segmentNames[p.segment]); b.comma()
        b.append(acquisitionNames[p.acquisition]); b.comma()
        b.append(countryNames[p.country])
        b.endRecord()
    }

    func order(_ b: inout ExportBuffer, id: [UInt8], day: Day, orders: Int, units: Int, cents: Int) {
        b.append(id); b.comma()
        days.write(day, to: &b); b.comma()
        b.int(orders); b.comma(); b.int(units); b.comma(); b.cents(cents)
        b.endRecord()
    }

    /// A response; `comment` indexes `ShopCommentBank.comments(forScore:)`.
    func response(_ b: inout ExportBuffer, id: [UInt8], day: Day, score: Int, comment: Int?) {
        b.append(id); b.comma()
        days.write(day, to: &b); b.comma()
        b.int(score); b.comma()
        if let comment {
            let c = ShopCommentBank.field(score: score, comment)
            b.text(c.bytes, newlines: c.newlines)
        }
        b.endRecord()
    }

    /// The truth row's fixed part; the caller appends one `quarter` triple per quarter end and ends the record.
    func truth(_ b: inout ExportBuffer, id: [UInt8], _ t: ShopCustomerTruth) {
        b.append(id); b.comma()
        b.fixed(t.rate, digits: 6); b.comma()
        b.fixed(t.dropoutFirst, digits: 6); b.comma()
        b.fixed(t.dropoutRepeat, digits: 6); b.comma()
        days.write(t.profile.firstOrder, to: &b); b.comma()
        if let d = t.inactiveDay { days.write(d, to: &b) }
    }

    /// `,alive,p_no_order,expected_orders` at one quarter end (empty probabilities before the first order).
    func quarter(_ b: inout ExportBuffer, acquired: Bool, alive: Bool, noOrder: Double, expected: Double) {
        b.comma(); b.byte(alive ? UInt8(ascii: "1") : UInt8(ascii: "0")); b.comma()
        guard acquired else { b.comma(); return }
        if alive { b.fixed(noOrder, digits: 4) } else { b.byte(UInt8(ascii: "1")) }
        b.comma()
        if alive { b.fixed(expected, digits: 4) } else { b.byte(UInt8(ascii: "0")) }
    }
}

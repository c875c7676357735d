import Ingest

/// How the three exports are written: the clean layout of SPEC section 1, or — with `messy` — the quirks real
/// exports have, none of which makes a row invalid:
/// a UTF-8 byte-order mark, CRLF line endings, columns in another order, an extra column in the survey and
/// engagement files, quoted ids, ISO-8601 timestamps with UTC offsets instead of dates (the calendar date written
/// is the day of the event), one customer-day of engagement split over two rows (which add up), and no line break
/// after the last row. Quoted comments with commas, quotes and line breaks appear in both layouts.
public struct ExportLayout: Sendable {
    public let messy: Bool

    public init(messy: Bool) { self.messy = messy }

    /// The quirks of the messy layout, as recorded in ground_truth.json.
    public static let messyQuirks: [String] = [
        "utf8_bom: every file starts with the UTF-8 byte-order mark EF BB BF",
        "crlf: records end with CR LF (line breaks inside quoted comments stay LF)",
        "column_order: customers.csv region,monthly_fee,churn_date,customer_id,signup_date,plan; "
            + "nps_responses.csv date,score,channel,customer_id,comment; "
            + "engagement.csv date,customer_id,platform,dms,comments,shares,likes",
        "extra_columns: nps_responses.csv has channel, engagement.csv has platform (neither is a customer attribute)",
        "quoted_ids: customer_id is quoted in customers.csv",
        "iso_timestamps: every date is an ISO-8601 timestamp with an offset (Z, +05:30, -08:00, ...); "
            + "its calendar date is the day of the event",
        "split_engagement_rows: some customer-days appear as two rows (two platforms) whose counts add up",
        "no_final_newline: the last record of each file has no line break",
    ]

    /// The quirks every export has, messy or not.
    public static let cleanQuirks: [String] = [
        "quoted_comments: survey comments in English and German with commas, doubled quotes, LF line breaks, "
            + "umlauts (or ae/oe/ue) and emojis",
        "empty_fields: churn_date is empty for active customers; comment is empty for most responses",
    ]

    public static let customersFile = "customers.csv"
    public static let npsFile = "nps_responses.csv"
    public static let engagementFile = "engagement.csv"

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let offsets: [[UInt8]] = ["Z", "+00:00", "-05:00", "-08:00", "+01:00", "+02:00", "+05:30", "+09:00",
                                     "-03:00", "+10:00"].map { Array($0.utf8) }
    static let channels: [[UInt8]] = ["email", "in-app", "sms", "web"].map { Array($0.utf8) }
    static let platforms: [[UInt8]] = ["instagram", "x", "facebook", "linkedin", "tiktok"].map { Array($0.utf8) }

    /// The header record (with the byte-order mark in the messy layout).
    func header(_ file: String, into b: inout ExportBuffer) {
        if messy { b.append(ExportLayout.bom) }
        switch (file, messy) {
        case (ExportLayout.customersFile, false): b.ascii("customer_id,signup_date,churn_date,plan,monthly_fee,region")
        case (ExportLayout.customersFile, true): b.ascii("region,monthly_fee,churn_date,customer_id,signup_date,plan")
        case (ExportLayout.npsFile, false): b.ascii("customer_id,date,score,comment")
        case (ExportLayout.npsFile, true): b.ascii("date,score,channel,customer_id,comment")
        case (ExportLayout.engagementFile, false): b.ascii("customer_id,date,likes,shares,comments,dms")
        default: b.ascii("date,customer_id,platform,dms,comments,shares,likes")
        }
        b.endRecord()
        b.records = 0
    }
}

/// Writes the records of one layout into `ExportBuffer`s.
struct RowWriter {
    let layout: ExportLayout
    let days: DayTextTable
    let comments = CommentComposer()
    let planNames: [[UInt8]]
    let regionNames: [[UInt8]]

    init(layout: ExportLayout, days: DayTextTable, model: PlantedModel) {
        self.layout = layout
        self.days = days
        planNames = model.plans.map { Array($0.name.utf8) }
        regionNames = model.regions.map { Array($0.name.utf8) }
    }

    /// A date, or in the messy layout a timestamp on that calendar date with a random time and offset.
    @inline(__always)
    func date(_ day: Day, _ b: inout ExportBuffer, _ mess: inout Xoshiro256StarStar) {
        days.write(day, to: &b)
        if layout.messy { timeOfDay(&b, &mess) }
    }

    func timeOfDay(_ b: inout ExportBuffer, _ mess: inout Xoshiro256StarStar) {
        let seconds = mess.below(86_400)
        b.byte(UInt8(ascii: "T"))
        b.twoDigits(seconds / 3600); b.byte(UInt8(ascii: ":"))
        b.twoDigits(seconds / 60 % 60); b.byte(UInt8(ascii: ":"))
        b.twoDigits(seconds % 60)
        b.append(ExportLayout.offsets[mess.below(ExportLayout.offsets.count)])
    }

    func customer(_ b: inout ExportBuffer, id: [UInt8], profile: CustomerProfile, churn: Day?,
                  _ mess: inout Xoshiro256StarStar) {
        if layout.messy {
            b.append(regionNames[profile.region]); b.comma()
            b.cents(profile.feeCents); b.comma()
            if let churn { date(churn, &b, &mess) }
            b.comma()
            b.byte(UInt8(ascii: "\"")); b.append(id); b.byte(UInt8(ascii: "\"")); b.comma()
            date(profile.signup, &b, &mess); b.comma()
            b.append(planNames[profile.plan])
        } else {
            b.append(id); b.comma()
            days.write(profile.signup, to: &b); b.comma()
            if let churn { days.write(churn, to: &b) }
            b.comma()
            b.append(planNames[profile.plan]); b.comma()
            b.cents(profile.feeCents); b.comma()
            b.append(regionNames[profile.region])
        }
        b.endRecord()
    }

    /// A survey response, with the comment `comment` asks for (none when nil).
    func response(_ b: inout ExportBuffer, id: [UInt8], day: Day, score: Int, comment: CommentRequest?,
                  _ mess: inout Xoshiro256StarStar) {
        if layout.messy {
            date(day, &b, &mess); b.comma()
            b.int(score); b.comma()
            b.append(ExportLayout.channels[mess.below(ExportLayout.channels.count)]); b.comma()
            b.append(id); b.comma()
        } else {
            b.append(id); b.comma()
            days.write(day, to: &b); b.comma()
            b.int(score); b.comma()
        }
        if let comment { comments.write(comment, score: score, into: &b) }
        b.endRecord()
    }

    /// One engagement row (in the messy layout, with a platform name).
    func engagement(_ b: inout ExportBuffer, id: [UInt8], day: Day, likes: Int, shares: Int, comments: Int,
                    dms: Int, _ mess: inout Xoshiro256StarStar, platform: Int? = nil) {
        if layout.messy {
            date(day, &b, &mess); b.comma()
            b.append(id); b.comma()
            b.append(ExportLayout.platforms[platform ?? mess.below(ExportLayout.platforms.count)]); b.comma()
            b.int(dms); b.comma(); b.int(comments); b.comma(); b.int(shares); b.comma(); b.int(likes)
        } else {
            b.append(id); b.comma()
            days.write(day, to: &b); b.comma()
            b.int(likes); b.comma(); b.int(shares); b.comma(); b.int(comments); b.comma(); b.int(dms)
        }
        b.endRecord()
    }
}

/// One period of an `NPSTable`: everyone's NPS and each segment's.
public struct NPSTableRow: Codable, Sendable, Equatable {
    public var period: NPSPeriod
    /// Whether the period ends on or before the table's last day (the last period may be still running).
    public var complete: Bool
    /// `overall` labelled "all"; one cell per segment label, in the segmentation's order.
    public var cells: BySegment<NPSCell>
}

/// One active day's events.
struct WorldDayCounts {
    var likes = 0, shares = 0, comments = 0, dms = 0
    var total: Int { likes + shares + comments + dms }
}

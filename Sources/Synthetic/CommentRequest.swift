/// What the row writer needs to write one response's comment: the writer's habits, the situations that apply on
/// the day, and a seed for the comment's own draws.
struct CommentRequest {
    var style: CommentWriterStyle
    var situations: SituationSet
    var seed: UInt64
}

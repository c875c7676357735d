// Emoji valences written for ChurnCast by hand, on the sentiment lexicon's −4…+4 scale. Variation selectors and
// skin tones are ignored; emoticons (":)", ":(", ":D") are read by `CommentTokenizer`.

enum Emoji {
    static let valence: [UInt32: Float] = {
        let text = """
        1F600 2.0 grinning
        1F603 2.0 smiley
        1F604 2.0 smile
        1F601 2.0 grin
        1F606 1.8 laughing
        1F60A 2.0 blush
        1F642 1.2 slightly smiling
        1F609 1.2 wink
        1F60D 2.8 heart eyes
        1F970 2.8 smiling with hearts
        1F618 2.0 kiss
        1F929 2.8 star struck
        1F60E 1.5 sunglasses
        1F44D 2.0 thumbs up
        1F44C 1.6 ok hand
        1F44F 2.0 clapping
        1F64C 2.0 raised hands
        1F64F 1.2 folded hands
        1F4AA 1.5 flexed biceps
        2764 2.6 red heart
        1F495 2.4 two hearts
        1F496 2.4 sparkling heart
        1F499 2.2 blue heart
        1F49A 2.2 green heart
        1F49C 2.2 purple heart
        1F4AF 2.2 hundred points
        2B50 1.5 star
        1F31F 1.6 glowing star
        2705 1.4 check mark button
        2714 1.0 check mark
        1F389 2.0 party popper
        1F973 2.0 partying face
        1F680 1.6 rocket
        1F525 1.2 fire
        1F602 1.0 tears of joy
        1F923 1.0 rolling on the floor laughing
        263A 1.8 smiling face
        1F44E -2.0 thumbs down
        1F621 -2.8 pouting
        1F92C -3.0 symbols on mouth
        1F620 -2.4 angry
        1F61E -2.0 disappointed
        1F61F -1.6 worried
        1F622 -2.0 crying
        1F62D -2.2 loudly crying
        1F629 -2.0 weary
        1F62B -2.0 tired
        1F624 -1.8 steam from nose
        1F641 -1.5 slightly frowning
        2639 -1.8 frowning
        1F612 -1.6 unamused
        1F644 -1.6 rolling eyes
        1F615 -1.3 confused
        1F616 -1.8 confounded
        1F623 -1.8 persevering
        1F4A9 -2.5 pile of poo
        1F92E -2.8 vomiting
        1F922 -2.2 nauseated
        1F494 -2.0 broken heart
        1F620 -2.4 angry face
        1F611 -0.3 expressionless
        1F610 0.0 neutral face
        274C -1.5 cross mark
        1F6AB -1.5 prohibited
        1F4B8 -0.8 money with wings
        1F40C -1.2 snail
        """
        var map: [UInt32: Float] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ")
            map[UInt32(f[0], radix: 16)!] = Float(f[1])!
        }
        return map
    }()
}

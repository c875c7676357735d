// The English comments of the bank, written as customers write: short, uneven, with negations, intensifiers,
// typos, sarcasm, quotes, commas and the odd line break. Not written to any analyzer's lexicon.

extension CommentBank {
    /// By theme, then the texts about no theme, the openers and the closers (read by `LanguageTexts(table:)`).
    static let english = LanguageTexts(table: #"""
        [price]
        + Worth every cent.
        + Fair price for what you get
        + Honestly cheaper than the tools we used before, and better.
        + Not cheap, but absolutely worth the money
        + Good value for money!
        ~ Good product, but the price keeps creeping up
        ~ It's fine. A bit pricey for a small team though.
        ~ Does the job, not sure it's worth $100+ a month
        ~ Price went up, features did not
        - Way too expensive for what it does.
        - Another price increase?? Seriously.
        - We pay a fortune every month and get "premium" in name only
        - Wow, what a bargain... said nobody ever.
        - Not worth the money. At all.
        - Overpriced, plain and simple

        [support]
        + Support is amazing, they answered within minutes!
        + Shoutout to Maria from support, super helpful
        + Great customer service, fast answers, no runaround.
        + The support team really knows their stuff
        ~ Support is friendly but it takes days to get an answer
        ~ Helpful staff once you reach them, which isn't easy
        ~ Chat support ok, phone support not so much
        - Nobody answered my tickets.
        - Support said "we'll call back" and never did
        - 3 weeks waiting for a reply from support. THREE WEEKS.
        - Customer service is useless, they just copy paste the FAQ
        - Great support... if you enjoy talking to a bot for an hour
        - Worst custmer service I've ever dealt with

        [onboarding]
        + Onboarding was smooth.\nThe team knew our setup.
        + Setup took 10 minutes, really easy to get started
        + The onboarding calls were super helpful
        + Great tutorials, we were up and running on day one
        ~ Setup was a bit fiddly but the docs helped
        ~ Getting started took longer than expected, fine now
        ~ Onboarding ok, the documentation could be clearer
        - Setup was a nightmare, still not done after two weeks
        - The onboarding is confusing and the docs are outdated
        - Nobody helped us get started, we were on our own
        - Registration failed three times before it worked

        [reliability]
        + Rock solid, never had an outage
        + Very reliable, it just works
        + Zero downtime since we switched, impressive
        ~ Mostly works, but we had a few outages lately
        ~ Good when it works. Lately it crashes now and then.
        ~ Stable most days, but the sync errors are annoying
        - App crashes, "sync failed" every morning
        - Third outage this month. Unacceptable.
        - Great, another outage. Just what I needed on a Monday
        - It keeps logging me out and losing my data
        - Not reliable at all anymore, something breaks after every update
        - Constant errors since the last update, its broken

        [features]
        + The "smart reports" feature saved us hours
        + Love the new dashboard and the integrations
        + Every feature we need, and the API is great
        + The export function is exactly what we needed
        ~ Does the job.\nReporting could be better,\nexports too.
        ~ Nice features, but still no dark mode?
        ~ Good basics, missing a few integrations we need
        - Still missing basic features like bulk export
        - The integration with our CRM never worked
        - They removed the one feature we actually used
        - No API, no export, no thanks

        [usability]
        + Super easy to use, even my boss gets it
        + Clean interface, very intuitive
        + Love the new design, everything is easy to find
        ~ Powerful, but the interface takes getting used to
        ~ Nice design, but the menus are a bit confusing
        ~ Easy for basics, complicated for everything else
        - The new UI is confusing, I can't find anything anymore
        - Way too complicated for what it does
        - Clunky interface, too many clicks for simple things
        - Whoever designed the new menu, please stop.

        [delivery]
        + Delivery was fast, arrived a day early
        + Package arrived quickly and well packed
        + Shipping was quick and the tracking worked
        ~ Product is good, delivery took a while
        ~ Arrived late, but everything was there
        - My order still hasn't arrived after two weeks
        - The courier left the parcel in the rain
        - Delivery was late, again
        - Tracking says delivered. It wasn't.

        [billing]
        + Billing is clear and the invoices are easy to read
        + Refund came back within two days, thanks
        + Easy payment, no surprises on the bill
        ~ Good service, but the invoices are confusing
        ~ Billing is ok, would love to pay by invoice
        - Billing was wrong twice
        - Charged twice this month and still waiting for the refund
        - I cancelled the add-on and was still billed for it
        - Nobody can explain my invoice, not even support

        [communication]
        + Always kept us informed about changes
        + Clear communication, good release notes
        + Love the monthly newsletter, actually useful
        ~ Good product, but too many emails
        ~ Would like to be told about changes before they happen
        - Way too many emails, I unsubscribed twice
        - Nobody told us about the maintenance window
        - They changed the terms without telling anyone
        - Spam, spam, spam. Stop emailing me.

        [performance]
        + Fast and snappy, pages load instantly
        + Super fast, even with large reports
        + Performance got so much better this year
        ~ Fine overall, but the app is slow at times
        ~ Works, but loading takes forever on Mondays
        ~ Fast on desktop, sluggish on the phone
        - Sooo slow. Every page takes ages to load
        - The app got really slow, reports time out
        - Love waiting 30 seconds for a page to load... not
        - Painfully slow since the update

        [generic]
        + Love it
        + Great product!
        + Does exactly what we need.
        + 10/10 would recommend, already did to two friends
        + Really happy with it
        + Excellent
        + Keep up the good work!
        ~ OK
        ~ Fine.
        ~ It's alright
        ~ Does the job
        ~ Not bad, not great
        ~ meh
        - Switching to a competitor, sorry
        - Very disappointed
        - Terrible experience
        - Not impressed
        - Cancelling at the end of the month.

        [opener]
        + Honestly:
        + Overall really happy.
        + What can I say:
        + So far so good!
        ~ Hmm.
        ~ To be fair:
        ~ It's ok, but...
        ~ Mixed feelings.
        - Honestly?
        - Where do I start.
        - Sorry to say:
        - Ugh.

        [closer]
        + Keep it up!
        + Would recommend.
        + Thanks, team!
        + Happy customer.
        ~ Fix that and it's a 10.
        ~ Otherwise fine.
        ~ We'll see.
        ~ Still thinking about it
        - Thinking about cancelling.
        - Please fix this.
        - Very disappointed.
        - Not renewing.
        """#)
}

// Next-quarter NPS forecast: see issue 4.

/// The page's style sheet: readable on a 390 px phone and at 1280 px, charts scale to their column (sized so their
/// text stays at least 11 px on a phone: `SVGChart.fontSize` × 364 / width), tables become cards of labelled values
/// on a narrow screen, and print drops backgrounds and keeps figures whole on a page.
/// (No `<`, `>` or `&` in it, so the page stays well-formed XML.)
enum HTMLStyle {
    static let css = """

    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #F4F5F7; color: #1D1D1F;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    main { max-width: 1240px; margin: 0 auto; padding: 24px 24px 48px; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 4px; }
    h2 { font-size: 1.35rem; margin: 0 0 6px; }
    h3 { font-size: 1.02rem; margin: 0 0 6px; }
    .meta, .note, figcaption { color: #4A4A4A; font-size: 0.9rem; }
    nav { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 12px 0 8px; font-size: 0.95rem; }
    nav a { color: #0B5A8C; }
    section { margin-top: 30px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
    .card { background: #FFFFFF; border: 1px solid #D9DCE1; border-radius: 8px; padding: 12px 14px; }
    .card .label { font-size: 0.85rem; color: #4A4A4A; }
    .card .value { font-size: 1.75rem; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.25; }
    .card .detail { font-size: 0.82rem; color: #3A3A3A; }
    .reading { max-width: 80ch; font-size: 1.05rem; background: #FFFFFF; border-left: 4px solid #0072B2;
      padding: 12px 16px; margin: 0; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 540px), 1fr)); gap: 18px;
      margin: 12px 0; }
    figure { margin: 0; background: #FFFFFF; border: 1px solid #D9DCE1; border-radius: 8px; padding: 12px;
      break-inside: avoid; page-break-inside: avoid; }
    figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
    figcaption { margin-top: 6px; }
    .table-wrap { overflow-x: auto; width: fit-content; max-width: 100%; background: #FFFFFF; border: 1px solid #D9DCE1; border-radius: 8px; margin: 12px 0 4px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding: 8px 10px; }
    th, td { padding: 6px 10px; border-top: 1px solid #E6E8EB; text-align: left; vertical-align: top; }
    th { background: #F7F8FA; white-space: nowrap; }
    .num { text-align: right; white-space: nowrap; }
    #table-at-risk td:last-child, #table-call-list td:last-child, #table-follow-ups td:nth-child(4) { min-width: 18em; }
    .quotes { margin: 14px 0; }
    blockquote { margin: 8px 0; padding: 8px 14px; background: #FFFFFF; border-left: 4px solid #B8B8B8; border-radius: 4px; }
    blockquote p { margin: 0 0 4px; }
    blockquote footer { color: #4A4A4A; font-size: 0.85rem; }
    .part { border-top: 3px solid #D9DCE1; padding-top: 12px; margin-top: 40px; }
    .file-link a { font-weight: 600; }
    .file-link code { overflow-wrap: anywhere; }
    #table-at-risk td:nth-child(4) { white-space: nowrap; }
    code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.88rem; }
    .command code { overflow-wrap: anywhere; }
    pre { background: #FFFFFF; border: 1px solid #D9DCE1; border-radius: 6px; padding: 8px 10px; overflow-x: auto; margin: 4px 0 10px; }
    ol.commands { padding-left: 1.4em; }
    @media (max-width: 600px) {
      main { padding: 14px 8px 32px; }
      h1 { font-size: 1.45rem; }
      .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
      .card { padding: 8px 10px; }
      .card .value { font-size: 1.35rem; }
      figure { padding: 4px; }
      figure h3, figcaption { padding: 0 4px; }
      .reading { font-size: 1rem; }
      /* Tables as cards: one card per row, each value under its column's title; nothing scrolls sideways. */
      .table-wrap { width: 100%; overflow: visible; background: none; border: none; }
      .table-wrap table, .table-wrap tbody, .table-wrap tr, .table-wrap td, .table-wrap caption { display: block; width: auto; }
      .table-wrap thead { display: none; }
      .table-wrap caption { padding: 4px 2px 8px; }
      .table-wrap tr { background: #FFFFFF; border: 1px solid #D9DCE1; border-radius: 8px; margin: 0 0 8px; padding: 6px 0; }
      .table-wrap td { border-top: none; padding: 2px 10px; display: flex; gap: 10px; justify-content: space-between;
        text-align: right; white-space: normal; overflow-wrap: anywhere; min-width: 0; }
      .table-wrap td::before { content: attr(data-label); flex: 0 0 40%; text-align: left; color: #4A4A4A; font-size: 0.85rem; }
      .table-wrap td:empty { display: none; }
      .table-wrap td[data-label=""]::before, .table-wrap td[data-label="#"]::before { content: none; }
      .table-wrap td:first-child { font-weight: 600; text-align: left; justify-content: flex-start; }
      #table-follow-ups td:nth-child(4) { display: block; text-align: left; min-width: 0; }
      #table-follow-ups td:nth-child(4)::before { display: block; }
      /* Customer lists as compact cards: rank, customer, probability, band (and score, value) on a line or two,
         the reasons under them. */
      #table-at-risk tr, #table-call-list tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 12px; padding: 6px 10px; }
      #table-at-risk td, #table-call-list td { display: block; padding: 0; flex: 0 0 auto; text-align: left; }
      #table-at-risk td::before, #table-call-list td::before { content: none; }
      #table-at-risk td.num::before, #table-call-list td.num::before { content: attr(data-label) " "; font-size: 0.8rem; }
      #table-at-risk td:first-child::before, #table-call-list td:first-child::before { content: "#"; }
      #table-at-risk td:last-child, #table-call-list td:last-child { flex: 1 0 100%; min-width: 0; color: #333333; }
    }
    @media print {
      body { background: #FFFFFF; font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      .figures { display: block; }
      figure { border: none; padding: 0; margin: 0 0 14px; }
      figure svg { max-width: 16cm; }
      .table-wrap { overflow: visible; border: none; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      tr { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}

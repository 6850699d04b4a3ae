/** The stylesheet shared by the generated pages: plain, readable, printable; colours from the CMS Design System. */
export const BASE_CSS = `
:root { --ink: #1b1b1b; --muted: #5c5c5c; --line: #d6d7d9; --blue: #0071bc; --navy: #112e51; --green: #2e8540;
  --green-bg: #e7f4e4; --red: #e31c3d; --red-bg: #f9dede; --amber: #8a6100; --amber-bg: #fff1d2; --grey-bg: #f1f1f1; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 17px/1.55 "Source Sans Pro", "Segoe UI", Helvetica, Arial, sans-serif; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: .2rem 0 1rem; color: var(--navy); }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .8rem; color: var(--navy); }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
a { color: var(--blue); }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; color: var(--muted); margin: 0; font-weight: 600; }
.lead { font-size: 1.1rem; color: #333; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 1rem; font-size: .82rem; font-weight: 700; white-space: nowrap; }
.ok { background: var(--green-bg); color: var(--green); }
.bad { background: var(--red-bg); color: #981b1e; }
.warn { background: var(--amber-bg); color: var(--amber); }
.none { background: var(--grey-bg); color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
th { background: var(--grey-bg); font-weight: 700; }
code { font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: .85em; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
`;

package org.froissart.output.html;

import java.util.Locale;

/** HTML escaping and the page frame shared by every page of the report: inline CSS and script only. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escInto(b, s, 0, s.length());
        return b.toString();
    }

    static void escInto(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\u0000' -> b.append('\uFFFD');
                default -> {
                    if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\uFFFD');
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static final String CSS = """
            :root{--fg:#1d2330;--muted:#5b6472;--line:#d9dde3;--bg:#fbfbfc;--accent:#2357a4}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
            header{padding:16px 28px;background:#1d2330;color:#fff}
            header a{color:#cfe0ff}
            header h1{margin:0;font-size:22px}
            main{padding:20px 28px;max-width:1280px}
            h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
            table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eef1f5}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .cards{display:flex;flex-wrap:wrap;gap:12px}
            .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:120px}
            .card b{display:block;font-size:24px}
            .card span{color:var(--muted);font-size:13px}
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
            .muted{color:var(--muted)}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
            svg.graph{background:#fff;border:1px solid var(--line);border-radius:6px;max-width:100%;height:auto}
            svg.graph text{font:12px system-ui,sans-serif;fill:#1d2330}
            .article{white-space:pre-wrap;background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;line-height:1.7}
            .ent{border-bottom:2px solid;padding:0 1px}
            .ent-PERSON{background:#e3f0ff;border-color:#3b7dd8}
            .ent-ORGANIZATION{background:#f1e6ff;border-color:#8b4fd1}
            .ent-LOCATION{background:#e2f6e9;border-color:#2f9e5b}
            .quote{background:#fff6d6;font-style:italic}
            .ev{outline:2px solid #d9480f;border-radius:2px;font-weight:600}
            .ev-q1{outline-color:#2f9e44}.ev-q2{outline-color:#1971c2}.ev-q3{outline-color:#e8590c}.ev-q4{outline-color:#c92a2a}
            .date{text-decoration:underline dotted #495057}
            .amount{text-decoration:underline double #495057}
            .boiler{color:#9aa1ab}
            .legend span{margin-right:12px}
            .flag{font-size:12px;color:#fff;background:#868e96;border-radius:3px;padding:0 4px}
            """;

    /** Records script errors into data-errors on the root element; sets data-ready once loaded. */
    static final String SCRIPT = """
            (function(){var root=document.documentElement,errors=[];
            function note(m){errors.push(String(m));root.setAttribute('data-errors',errors.join(' | '));}
            window.addEventListener('error',function(e){note(e.message||'error');});
            window.addEventListener('unhandledrejection',function(e){note(e.reason);});
            window.addEventListener('DOMContentLoaded',function(){
              var n=document.querySelectorAll('[data-count]');
              for(var i=0;i<n.length;i++){n[i].setAttribute('data-checked','1');}
              root.setAttribute('data-ready','1');});
            })();
            """;

    static void open(StringBuilder b, String title, String headerHtml) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n<script>")
                .append(SCRIPT).append("</script></head>\n<body>\n<header>").append(headerHtml).append("</header>\n<main>\n");
    }

    static void close(StringBuilder b) {
        b.append("</main>\n<footer class=\"muted\" style=\"padding:12px 28px\">Written by Froissart's <code>html</code> output. "
                + "No external resources: this report works offline.</footer>\n</body></html>\n");
    }
}

package io.github.dockertutor.classroom;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The class summary as one self-contained HTML page in the teacher's language: the same tables as
 * the terminal and a bar chart of the median time per step. Inline CSS and SVG only, no script,
 * no font or anything else from the network, so it opens anywhere and can be mailed as it is.
 * The markup is well-formed XML as well as HTML.
 */
public final class SummaryPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String STYLE = """
            :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --bar: #2f6fb3;
              --band: #f5f7fa; --accent: #b44d12; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
              font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans TC", "PingFang TC",
                "Microsoft JhengHei", "WenQuanYi Zen Hei", sans-serif; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
            h1 { font-size: 1.7rem; margin: 0 0 4px; }
            h2 { font-size: 1.2rem; margin: 32px 0 8px; }
            p.meta { color: var(--muted); margin: 0 0 8px; }
            table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
            caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
            th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tbody th { font-weight: normal; }
            tbody tr:nth-child(even) { background: var(--band); }
            tr.behind th { color: var(--accent); }
            figure { margin: 0; }
            figcaption { color: var(--muted); margin-top: 4px; }
            svg.chart { max-width: 100%; height: auto; font-size: 13px; }
            svg.chart .band { fill: #fff; }
            svg.chart .odd .band { fill: var(--band); }
            svg.chart .bar { fill: var(--bar); }
            svg.chart text { fill: var(--ink); }
            svg.chart .value { fill: var(--muted); }
            ul.skipped { color: var(--accent); }
            @media print { main { padding: 0; } tbody tr:nth-child(even) { background: none; } }
            """;

    private SummaryPage() {
    }

    /**
     * @param summary the figures
     * @param broken  the files left out, listed at the end
     * @param source  how the folder is named on the page (its name, not a full path)
     * @param now     when the page is made, shown in the system's time zone
     */
    public static String html(ClassSummary summary, List<ClassReports.Broken> broken, Messages messages, String source,
            Instant now, ZoneId zone) {
        SummaryText text = new SummaryText(messages);
        String title = messages.get("class.page.title");
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(htmlLang(messages.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(title + " · " + source)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        page.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        page.append("<p class=\"meta\">").append(Html.escape(messages.get("class.page.meta",
                summary.learners().size(), source, WHEN.format(now.atZone(zone))))).append("</p>\n");

        section(page, "learners", messages.get("class.learners.heading"));
        learnersTable(page, summary, text);
        page.append("</section>\n");

        section(page, "chart", messages.get("class.chart.heading"));
        page.append("<figure>\n").append(BarChart.svg(summary.steps(), text, messages.get("class.chart.heading"),
                messages.get("class.chart.desc"))).append("<figcaption>")
                .append(Html.escape(messages.get("class.chart.desc"))).append("</figcaption>\n</figure>\n</section>\n");

        section(page, "slowest", messages.get("class.slowest.heading"));
        stepsTable(page, summary.slowest(SummaryTable.TOP), text);
        page.append("</section>\n");

        section(page, "hints", messages.get("class.hints.heading"));
        List<StepStat> hinted = summary.mostHints(SummaryTable.TOP);
        if (hinted.isEmpty()) {
            page.append("<p>").append(Html.escape(messages.get("class.hints.none"))).append("</p>\n");
        } else {
            stepsTable(page, hinted, text);
        }
        page.append("</section>\n");

        section(page, "steps", messages.get("class.steps.heading"));
        stepsTable(page, summary.steps(), text);
        page.append("</section>\n");

        if (!broken.isEmpty()) {
            section(page, "skipped", messages.get("class.skipped.heading"));
            page.append("<ul class=\"skipped\">\n");
            for (ClassReports.Broken file : broken) {
                page.append("<li>").append(Html.escape(messages.get("class.skipped", file.fileName(),
                        messages.get(file.key(), file.args().toArray())))).append("</li>\n");
            }
            page.append("</ul>\n</section>\n");
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void learnersTable(StringBuilder page, ClassSummary summary, SummaryText text) {
        Messages messages = text.messages();
        page.append("<table class=\"learners\">\n<thead>\n<tr>");
        header(page, messages.get("class.col.learner"), false);
        header(page, messages.get("class.col.done"), true);
        header(page, messages.get("class.col.time"), true);
        header(page, messages.get("class.col.hints"), true);
        header(page, messages.get("class.col.now"), false);
        page.append("</tr>\n</thead>\n<tbody>\n");
        for (LearnerRow row : summary.learners()) {
            page.append(row.done() == 0 ? "<tr class=\"behind\">" : "<tr>");
            page.append("<th scope=\"row\">").append(Html.escape(text.learner(row))).append("</th>");
            cell(page, text.done(row), true);
            cell(page, text.time(row.timeMillis()), true);
            cell(page, String.valueOf(row.hints()), true);
            cell(page, text.place(row), false);
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static void stepsTable(StringBuilder page, List<StepStat> steps, SummaryText text) {
        Messages messages = text.messages();
        page.append("<table class=\"steps\">\n<thead>\n<tr>");
        header(page, messages.get("class.col.step"), false);
        header(page, messages.get("class.col.median"), true);
        header(page, messages.get("class.col.finished"), true);
        header(page, messages.get("class.col.hints"), true);
        header(page, messages.get("class.col.solutions"), true);
        header(page, messages.get("class.col.here"), true);
        page.append("</tr>\n</thead>\n<tbody>\n");
        for (StepStat step : steps) {
            page.append("<tr><th scope=\"row\">").append(Html.escape(text.step(step))).append("</th>");
            cell(page, step.reached() == 0 ? messages.get("class.chart.nobody") : text.time(step.medianMillis()), true);
            cell(page, text.reached(step), true);
            cell(page, String.valueOf(step.hints()), true);
            cell(page, String.valueOf(step.solutions()), true);
            cell(page, String.valueOf(step.hereNow()), true);
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static void section(StringBuilder page, String id, String heading) {
        page.append("<section aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"").append(id)
                .append("-heading\">").append(Html.escape(heading)).append("</h2>\n");
    }

    private static void header(StringBuilder page, String text, boolean numeric) {
        page.append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").append(Html.escape(text))
                .append("</th>");
    }

    private static void cell(StringBuilder page, String text, boolean numeric) {
        page.append(numeric ? "<td class=\"num\">" : "<td>").append(Html.escape(text)).append("</td>");
    }

    /** The page's lang attribute: zh-Hant-TW picks Traditional Chinese glyphs in browsers. */
    static String htmlLang(Language language) {
        return language == Language.ZH_TW ? "zh-Hant-TW" : language.tag().toLowerCase(Locale.ROOT);
    }
}

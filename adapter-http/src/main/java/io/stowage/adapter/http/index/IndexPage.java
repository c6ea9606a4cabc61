package io.stowage.adapter.http.index;

import java.util.Map;

/** The index as a small HTML page for a browser: the same facts and links as the JSON. */
final class IndexPage {

    private IndexPage() {
    }

    static String html(IndexJson index) {
        StringBuilder page = new StringBuilder(512)
                .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(index.service()).append("</title></head>\n<body><h1>").append(index.service())
                .append("</h1>\n<p>File storage speaking the Supabase Storage API under <code>/storage/v1</code>. Version ")
                .append(escape(index.version())).append(".</p>\n<ul>\n");
        for (Map.Entry<String, String> link : index.links().entrySet()) {
            page.append("<li><a href=\"").append(link.getValue()).append("\">").append(link.getKey()).append("</a>: <code>")
                    .append(link.getValue()).append("</code></li>\n");
        }
        return page.append("</ul></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

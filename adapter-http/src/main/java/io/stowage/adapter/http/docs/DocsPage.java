package io.stowage.adapter.http.docs;

/**
 * The browsable API documentation: Swagger UI on the served OpenAPI document. Every file it loads
 * comes from Stowage itself, and the online spec validator is switched off, so the page reaches no
 * other host.
 */
final class DocsPage {

    static final String HTML = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Stowage API</title>
              <link rel="stylesheet" href="%1$s/swagger-ui.css">
              <link rel="icon" type="image/png" sizes="32x32" href="%1$s/favicon-32x32.png">
              <link rel="icon" type="image/png" sizes="16x16" href="%1$s/favicon-16x16.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="%1$s/swagger-ui-bundle.js"></script>
              <script>
                window.addEventListener('load', function () {
                  window.ui = SwaggerUIBundle({
                    url: '%2$s',
                    dom_id: '#swagger-ui',
                    deepLinking: true,
                    validatorUrl: null
                  });
                });
              </script>
            </body>
            </html>
            """.formatted(DocsController.DOCS, DocsController.DOCUMENT);

    private DocsPage() {
    }
}

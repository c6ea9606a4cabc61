package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void plainNamesAppearTwiceUnchanged() {
        assertEquals("inline; filename=\"report.pdf\"; filename*=UTF-8''report.pdf",
                ContentDisposition.of(false, "report.pdf"));
        assertEquals("attachment; filename=\"a-b_c.txt\"; filename*=UTF-8''a-b_c.txt",
                ContentDisposition.of(true, "a-b_c.txt"));
    }

    @Test
    void nonAsciiNamesGetAnAsciiFallbackAndUtf8PercentEncoding() {
        assertEquals("attachment; filename=\"r_sum_ _.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93.pdf",
                ContentDisposition.of(true, "résumé ✓.pdf"));
        // one fallback character per code point, also outside the BMP
        assertEquals("_.png", ContentDisposition.asciiFallback("\uD83D\uDE00.png"));
        assertEquals("%F0%9F%98%80.png", ContentDisposition.encoded("\uD83D\uDE00.png"));
    }

    @Test
    void quotesBackslashesPercentsAndControlsNeverReachTheQuotedName() {
        assertEquals("a_b_c_d_e", ContentDisposition.asciiFallback("a\"b\\c%d\re"));
        assertEquals("a%22b%5Cc%25d%0D%0Ae%3Bf", ContentDisposition.encoded("a\"b\\c%d\r\ne;f"));
    }

    @Test
    void attrCharsStayAsTheyAre() {
        assertEquals("AZaz09!#$&+-.^_`|~", ContentDisposition.encoded("AZaz09!#$&+-.^_`|~"));
        assertEquals("%2F%3F%3D%2C%27%28%29%2A", ContentDisposition.encoded("/?=,'()*"));
    }
}

package be.storysite.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known XSS vectors (OWASP's filter evasion cheat sheet style), each cleaned to nothing that runs. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer(List.of("www.youtube-nocookie.com",
            "player.vimeo.com"));

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;1&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\" &#14;  javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe src=\"http://www.youtube-nocookie.com/embed/x\"></iframe>",
            "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<input type=\"image\" formaction=javascript:alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<details open ontoggle=alert(1)>x</details>",
            "<p onmouseover=\"alert(1)\">x</p>",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<img \"\"\"><script>alert(1)</script>\">",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<!--<script>alert(1)--><script>alert(1)</script>",
            "<a href=\"java\0script:alert(1)\">x</a>",
    })
    void noVectorSurvives(String vector) {
        String clean = sanitizer.clean(vector).toLowerCase(Locale.ROOT);

        assertThat(clean).doesNotContain("<script", "javascript", "vbscript", "data:", "srcdoc", "formaction",
                "onerror", "onload", "onclick", "onmouseover", "ontoggle", "<svg", "<form", "<object", "<embed",
                "<meta", "<link", "<base", "style=", "<iframe", "<style");
    }

    @Test
    void whatMarketersNeedStays() {
        String html = "<h2 id=\"aanpak\" class=\"x\">Aanpak</h2><figure><img src=\"/assets/images/a.png\" alt=\"A\">"
                + "<figcaption>Foto</figcaption></figure><details><summary>Meer</summary><p>Tekst</p></details>"
                + "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<p><a href=\"../diensten/\">rel</a> <a href=\"#aanpak\">frag</a> <a href=\"mailto:a@b.be\">m</a>"
                + " <a href=\"https://vicinia.be\">ext</a></p>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" "
                + "title=\"Video\" allowfullscreen></iframe>";

        assertThat(sanitizer.clean(html)).isEqualTo(html);
    }

    @Test
    void unsafeLinkSchemesInEverySpelling() {
        assertThat(SafeLinks.unsafe("JaVaScRiPt:alert(1)")).isTrue();
        assertThat(SafeLinks.unsafe("&#106;avascript:alert(1)")).isTrue();
        assertThat(SafeLinks.unsafe("jav&#x09;ascript:alert(1)")).isTrue();
        assertThat(SafeLinks.unsafe(" \u0001javascript:alert(1)")).isTrue();
        assertThat(SafeLinks.unsafe("VBScript:x")).isTrue();
        assertThat(SafeLinks.unsafe("data:text/html,x")).isTrue();
        assertThat(SafeLinks.unsafe("https://vicinia.be/a:b")).isFalse();
        assertThat(SafeLinks.unsafe("../javascript:x")).isFalse();
        assertThat(SafeLinks.unsafe("mailto:a@b.be")).isFalse();
    }
}

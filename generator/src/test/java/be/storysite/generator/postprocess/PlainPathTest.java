package be.storysite.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

class PlainPathTest {

    @Test
    void aPlainPathIsWhatUriResolutionMakesOfIt() throws URISyntaxException {
        for (String link : new String[] {"/", "/klantverhalen/", "/klantverhalen/haacht/", "/assets/css/site.css",
                "/fr/temoignages/page/2/", "/a_b~c/d.e/"}) {
            assertThat(HtmlPostProcessor.isPlainPath(link)).as(link).isTrue();
            assertThat(new URI("http", "site", "/", null).resolve(new URI(link)).getPath()).isEqualTo(link);
        }
    }

    @Test
    void anythingUriResolutionWouldChangeOrSplitIsNotPlain() {
        for (String link : new String[] {"", "klantverhalen/", "//cdn.example/x.js", "/a/../b/", "/a/./b",
                "/a//b", "/contact/#form", "/zoek/?q=x", "/caf%C3%A9/", "/café/", "/a b/"}) {
            assertThat(HtmlPostProcessor.isPlainPath(link)).as(link).isFalse();
        }
    }
}

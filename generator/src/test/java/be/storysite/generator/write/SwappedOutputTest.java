package be.storysite.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwappedOutputTest {

    @TempDir
    Path dir;

    /** Three builds: the third writes into the first one's folder (the spare), over files longer than its own. */
    private Path buildThreeTimes(String first, String second, String third) throws Exception {
        Path output = dir.resolve("site");
        for (String text : new String[] {first, second, third}) {
            SwappedOutput out = SwappedOutput.beside(output);
            out.write("a/index.html", text.getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        return output;
    }

    @Test
    void aShorterPageWrittenOverALongerOneKeepsNothingOfTheOldOne() throws Exception {
        Path output = buildThreeTimes("<p>a long page of the first build</p>", "<p>second</p>", "<p>short</p>");

        assertThat(Files.readString(output.resolve("a/index.html"))).isEqualTo("<p>short</p>");
        assertThat(Files.readString(dir.resolve(".site.spare/a/index.html"))).isEqualTo("<p>second</p>");
    }

    @Test
    void aLongerPageWrittenOverAShorterOneIsWhole() throws Exception {
        Path output = buildThreeTimes("<p>x</p>", "<p>y</p>", "<p>a longer page than before</p>");

        assertThat(Files.readString(output.resolve("a/index.html"))).isEqualTo("<p>a longer page than before</p>");
    }

    @Test
    void aCopiedAssetReplacesALongerOneWhole() throws Exception {
        Path output = dir.resolve("site");
        Path asset = dir.resolve("logo.svg");
        for (String text : new String[] {"<svg>a much longer first logo</svg>", "<svg>2</svg>", "<svg/>"}) {
            Files.writeString(asset, text);
            SwappedOutput out = SwappedOutput.beside(output);
            out.copy(asset, "assets/logo.svg");
            out.commit();
        }

        assertThat(Files.readString(output.resolve("assets/logo.svg"))).isEqualTo("<svg/>");
    }

    @Test
    void filesTheBuildDidNotWriteAreGoneAfterTheSwap() throws Exception {
        Path output = dir.resolve("site");
        SwappedOutput first = SwappedOutput.beside(output);
        first.write("old/index.html", "<p>old</p>".getBytes(StandardCharsets.UTF_8));
        first.write("index.html", "<p>1</p>".getBytes(StandardCharsets.UTF_8));
        first.commit();
        SwappedOutput.beside(output).commit(); // an empty build: the first one becomes the spare
        SwappedOutput third = SwappedOutput.beside(output);
        third.write("index.html", "<p>3</p>".getBytes(StandardCharsets.UTF_8));
        third.commit();

        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("<p>3</p>");
        assertThat(output.resolve("old")).doesNotExist();
    }
}

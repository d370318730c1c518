package be.storysite.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cheaper configurations {@link MarkdownRenderer} picks per body ({@link OptionalSyntax}, {@link
 * PlainTextExtension}) write the same HTML as one parser with every extension and flexmark's own text rendering
 * (the configuration before them), on the example site's bodies, on syntax next to the edge of each scan, and on
 * seeded random mixtures of it.
 */
class MarkdownFlavoursTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Parser fullParser;
    private final HtmlRenderer fullRenderer;

    MarkdownFlavoursTest() {
        MutableDataSet options = MarkdownRenderer.options(List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkWhereNeeded.create(), FootnoteExtension.create(),
                AttributesExtension.create(), TypographicExtension.create(), PullQuoteExtension.create(),
                SafeLinks.create(), TableScrollExtension.create()));
        fullParser = Parser.builder(options).build();
        fullRenderer = HtmlRenderer.builder(options).build();
    }

    /** Pieces near what each scan looks for: one character short of a trigger, or the trigger itself. */
    private static final List<String> PIECES = List.of(
            "Gewoon tekst met een punt. En nog een.", "back-up en e-mail", "a - b", "tot 5 -- 10", "zo---zo",
            "en dan...", "en dan. . .", "een . punt", "a > b", "a < b", "<<guillemets>>", "a >> b", "x -> y",
            "<http://vicinia.be>", "<info@vicinia.be>", "www.vicinia.be", "https://vicinia.be/a-b.c?d=e&f=g",
            "mail info@vicinia.be.", "Ze zei \"ja\".", "auto's en 's avonds", "`code -- ... \"x\"`",
            "~enkel~", "~~doorgehaald~~", "[link](/diensten/) en [^1]", "[^1]: Een voetnoot.", "[^ geen]",
            "tekst {.klasse}", "## Kop {#kop}", "## Kop met -- streep", "### Kop \"citaat\"",
            "| a | b |\n|---|---|\n| 1 | 2 |", "a | b", "tekst\n| a | b |\n|---|---|\n| 1 | 2 |",
            "> | a |\n> |---|\n> | 1 |", "| a |\n|:-:|\n| 1 |\n[Bijschrift]", "| a | b |\n| 1 | 2 |",
            "&amp; &copy; &#64; &quot;", "\\*geen nadruk\\* \\\\", "*nadruk* en **sterk**", "![beeld](/a.png)",
            "<span>html</span>", "<!-- opmerking -->", "regel\r\nmet CR\rLF", "> citaat\n> — Jan, schepen",
            "> citaat\n> -- Jan", "- punt\n- punt -- twee", "1. een\n2. twee...", "    code -- block\n",
            "```\nfenced \"x\" ... --\n```", "tab\tstop", "é ü — “al gekruld”", "[ref]\n\n[ref]: /a \"titel\"");

    @Test
    void theExampleSiteBodiesRenderAsWithEveryExtension() throws IOException {
        Path content = Path.of("..", "content");
        HeaderReader headers = new HeaderReader();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertSame(headers.read(Files.readString(file), file).body());
        }
    }

    @Test
    void eachPieceAloneRendersAsWithEveryExtension() {
        for (String piece : PIECES) {
            assertSame(piece);
            assertSame(piece + "\n\n" + piece + "\n");
        }
    }

    @Test
    void seededMixturesRenderAsWithEveryExtension() {
        Random random = new Random(12);
        String[] joins = {" ", "\n", "\n\n", "", "\n\n> ", "\n- ", " | "};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(1, 6); k > 0; k--) {
                body.append(PIECES.get(random.nextInt(PIECES.size()))).append(joins[random.nextInt(joins.length)]);
            }
            assertSame(body.toString());
        }
    }

    @Test
    void theScanFindsEachSyntax() {
        assertThat(OptionalSyntax.in("Gewoon tekst. back-up, a > b, a < b, e-mail.")).isZero();
        assertThat(OptionalSyntax.in("a | b")).isEqualTo(OptionalSyntax.TABLES.bit);
        assertThat(OptionalSyntax.in("~~x~~")).isEqualTo(OptionalSyntax.STRIKETHROUGH.bit);
        assertThat(OptionalSyntax.in("x[^1]")).isEqualTo(OptionalSyntax.FOOTNOTES.bit);
        assertThat(OptionalSyntax.in("## a {#b}")).isEqualTo(OptionalSyntax.ATTRIBUTES.bit);
        for (String typographic : List.of("'", "\"", "a -- b", "<<a>>", "a >> b", "...", ". . .")) {
            assertThat(OptionalSyntax.in(typographic)).as(typographic).isEqualTo(OptionalSyntax.TYPOGRAPHY.bit);
        }
        for (String link : List.of("http://a.be", "info@a.be", "WWW.a.be", "&#64;")) {
            assertThat(OptionalSyntax.in(link)).as(link).isEqualTo(OptionalSyntax.AUTOLINKS.bit);
        }
        assertThat(OptionalSyntax.in("| ~~ [^1] {#a} \" www.a.be")).isEqualTo(OptionalSyntax.ALL);
    }

    private void assertSame(String body) {
        assertThat(markdown.render(body)).as(body).isEqualTo(fullRenderer.render(fullParser.parse(body)));
    }
}

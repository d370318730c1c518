package be.storysite.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTextTest {

    @Test
    void unpacksToTheSameTextWhateverItsCharacters() {
        Random random = new Random(12);
        String alphabet = "aeiou ntsrl\n#*-|>—“”éëïöçÅ€😀\u0000\uFEFF";
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n < 20 ? 3 : 20_000);
            for (int i = 0; i < length; i++) {
                text.append(Character.toChars(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length()))))));
            }
            String original = text.toString();
            PackedText packed = PackedText.of(original);
            assertThat(packed.text()).isEqualTo(original);
            assertThat(packed.text()).isEqualTo(original); // unpacked anew each time, and again the same
            assertThat(packed.isEmpty()).isEqualTo(original.isEmpty());
        }
    }

    @Test
    void equalTextsAreEqualAndDifferentTextsAreNot() {
        String story = "---\ntitle: Lindebeek\n---\nBinnen drie dagen werkte iedereen thuis — dankzij de cloud.\n";
        assertThat(PackedText.of(story)).isEqualTo(PackedText.of(story)).hasSameHashCodeAs(PackedText.of(story));
        assertThat(PackedText.of(story)).isNotEqualTo(PackedText.of(story.replace("drie", "vier")));
        assertThat(PackedText.of(story)).isNotEqualTo(PackedText.of(story + " "));
        assertThat(PackedText.EMPTY).isEqualTo(PackedText.of("")).matches(PackedText::isEmpty);
    }

    @Test
    void aLongRepetitiveTextTakesAFractionOfItsSize() {
        String body = "<p>De gemeente migreerde haar werkplek naar de cloud.</p>\n".repeat(200);
        // the whole point: a site's bodies are held packed until their pages are rendered
        assertThat(PackedText.of(body).toString()).matches("PackedText\\[" + body.length() + " bytes, \\d{1,3} packed]");
    }

    @Test
    void aSourceFileWithoutItsTextKeepsTheRestAndRefusesTheText() {
        SourceFile a = new SourceFile(java.nio.file.Path.of("content/stories/a.md"), "stories/a.md", ContentKind.STORY,
                SourceFormat.MARKDOWN, "a", java.util.Optional.of("fr"), "tekst — één");
        SourceFile kept = a.withoutText();
        assertThat(kept.path()).isEqualTo(a.path());
        assertThat(kept.langFromName()).contains("fr");
        assertThat(kept.packed()).isSameAs(PackedText.DROPPED).matches(PackedText::isEmpty);
        assertThat(kept).isNotEqualTo(a).isEqualTo(a.withoutText());
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(kept::text)
                .withMessageContaining("read the file again");
    }

    @Test
    void aSourceFileMadeFromTextGivesItBackAndComparesByIt() {
        SourceFile a = new SourceFile(java.nio.file.Path.of("content/stories/a.md"), "stories/a.md", ContentKind.STORY,
                SourceFormat.MARKDOWN, "a", java.util.Optional.empty(), "tekst — één");
        SourceFile same = new SourceFile(a.path(), a.relative(), a.kind(), a.format(), a.slug(), a.langFromName(),
                "tekst — één");
        assertThat(a.text()).isEqualTo("tekst — één");
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same); // the preview's parse cache is keyed by it
        assertThat(a).isNotEqualTo(new SourceFile(a.path(), a.relative(), a.kind(), a.format(), a.slug(),
                a.langFromName(), "tekst — twee"));
    }

    @Test
    void aPlainTextIsTheSameTextAndEqualsItsPackedForm() {
        String story = "---\ntitle: Lindebeek\n---\nBinnen drie dagen werkte iedereen thuis — dankzij de cloud.\n";
        PackedText plain = PackedText.plain(story);
        assertThat(plain.text()).isSameAs(story);
        assertThat(plain.toString()).contains("plain");
        assertThat(plain).isEqualTo(PackedText.of(story)).hasSameHashCodeAs(PackedText.of(story));
        assertThat(PackedText.of(story)).isEqualTo(plain);
        assertThat(plain).isNotEqualTo(PackedText.of(story + " ")).isNotEqualTo(PackedText.plain(story + " "));
        assertThat(PackedText.plain("")).matches(PackedText::isEmpty).isEqualTo(PackedText.EMPTY)
                .isNotEqualTo(PackedText.DROPPED);
    }

    @Test
    void aBodyIsHeldTheWayItsFileWas() {
        assertThat(PackedText.plain("# Titel").like("<h1>Titel</h1>").toString()).contains("plain");
        assertThat(PackedText.of("# Titel").like("<h1>Titel</h1>").toString()).contains("packed");
        assertThat(PackedText.of("# Titel").like("<h1>Titel</h1>").text()).isEqualTo("<h1>Titel</h1>");
    }

    @Test
    void onlyLargeSitesArePacked() {
        assertThat(PackedText.worthPacking(1_036)).isFalse();
        assertThat(PackedText.worthPacking(PackedText.PACK_FROM_FILES - 1)).isFalse();
        assertThat(PackedText.worthPacking(PackedText.PACK_FROM_FILES)).isTrue();
        assertThat(PackedText.worthPacking(100_011)).isTrue();
    }
}

package be.storysite.generator.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card's text never leaves its box: it wraps, shrinks down to the minimum size, and only then cuts, whatever the
 * language (long Dutch compounds, French accents and spaces before « » ; : ? !).
 */
class TextFitTest {

    static Font bold;
    static final CardDesign.TextBox HEADLINE = new CardDesign.TextBox(new CardDesign.Box(84, 178, 1032, 232),
            "headline", "bold", 46, 24, Color.BLACK, 1.22, 99, false, "", "", 0);

    @BeforeAll
    static void font() throws Exception {
        Path file = Path.of("..", "templates", "cards", "DejaVuSans-Bold.ttf");
        bold = Font.createFont(Font.TRUETYPE_FONT, Files.newInputStream(file));
    }

    @Test
    void aShortQuoteKeepsTheLargestSize() {
        TextFit.Fitted fitted = TextFit.fit(bold, "„Het werkte meteen.”", HEADLINE);
        assertThat(fitted.size()).isEqualTo(46f);
        assertThat(fitted.lines()).containsExactly("„Het werkte meteen.”");
        assertThat(fitted.cut()).isFalse();
    }

    /** A long Dutch quote with compounds, and a French one with accents and spaces before ; and !. */
    @ParameterizedTest
    @ValueSource(strings = {
        "„Dankzij de bedrijfscontinuïteitsplanning en de informatieveiligheidsverantwoordelijke van Vicinia konden"
                + " onze gemeentesecretarissen, OCMW-maatschappelijkwerkers en politieinspecteurs binnen vier"
                + " werkdagen thuiswerken, zonder dat één dienstverleningsprocedure stilviel.”",
        "« Grâce à l'équipe de Vicinia, nos agents du CPAS, de l'état civil et de la zone de police ont pu"
                + " télétravailler en toute sécurité dès le lundi ; personne n'a dû interrompre le service aux"
                + " citoyens, même pendant les périodes les plus chargées de l'année ! »"})
    void aLongQuoteShrinksAndWrapsInsideTheBoxWithoutACut(String quote) {
        TextFit.Fitted fitted = TextFit.fit(bold, quote, HEADLINE);
        assertFits(fitted, HEADLINE);
        assertThat(fitted.size()).isLessThan(46f).isGreaterThanOrEqualTo(24f);
        assertThat(fitted.cut()).isFalse();
        assertThat(String.join(" ", fitted.lines())).isEqualTo(quote);
    }

    @Test
    void whatDoesNotFitAtTheMinimumSizeIsCutWithAnEllipsisAndAWordWiderThanTheBoxIsHyphenated() {
        String word = "Gemeentelijkeinformatieveiligheidsverantwoordelijkenoverlegcommissievergaderingsverslag";
        String quote = (word + " ").repeat(3) + "en nog veel meer tekst ".repeat(40);
        TextFit.Fitted fitted = TextFit.fit(bold, quote, HEADLINE);
        assertFits(fitted, HEADLINE);
        assertThat(fitted.size()).isEqualTo(24f);
        assertThat(fitted.cut()).isTrue();
        assertThat(fitted.lines().get(0)).endsWith("-");
        assertThat(fitted.lines().get(fitted.lines().size() - 1)).endsWith("…");
    }

    @Test
    void maxLinesIsKept() {
        CardDesign.TextBox oneLine = new CardDesign.TextBox(new CardDesign.Box(84, 462, 640, 44), "person", "bold",
                28, 18, Color.BLACK, 1.25, 1, false, "", "", 0);
        TextFit.Fitted fitted = TextFit.fit(bold, "Marie-Françoise Vandenbroucke-Delaruelle, directrice générale"
                + " du Centre public d'action sociale de Woluwe-Saint-Lambert", oneLine);
        assertFits(fitted, oneLine);
        assertThat(fitted.lines()).hasSize(1);
    }

    private static void assertFits(TextFit.Fitted fitted, CardDesign.TextBox box) {
        for (String line : fitted.lines()) {
            assertThat(TextFit.width(fitted.font(), line)).as(line).isLessThanOrEqualTo(box.box().width());
        }
        double height = fitted.size() * 1.2 + (fitted.lines().size() - 1) * fitted.lineHeight();
        assertThat(height).as("lines within the box's height").isLessThanOrEqualTo(box.box().height());
        assertThat(fitted.lines().size()).isLessThanOrEqualTo(box.maxLines());
        assertThat(fitted.size()).isGreaterThanOrEqualTo(box.minSize());
    }
}

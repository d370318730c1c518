package be.storysite.generator.card;

import java.awt.Font;
import java.io.InputStream;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.AWTFontFamily;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * Batik's font lookup for logos: every family ({@code Georgia}, {@code sans-serif}, ...) is the card's bundled
 * font. Batik's default asks the machine for its fonts (fontconfig on Linux), so a logo's text, and the card's
 * bytes, would depend on what the machine has installed.
 *
 * <pre>{@code
 * FontFamilyResolver fonts = new SvgFonts(design.fonts().get("regular"));
 * }</pre>
 */
final class SvgFonts implements FontFamilyResolver {

    private final Font font;

    SvgFonts(Font font) {
        this.font = font;
    }

    @Override
    public GVTFontFamily resolve(String familyName) {
        return family(familyName);
    }

    @Override
    public GVTFontFamily resolve(String familyName, FontFace fontFace) {
        return family(familyName);
    }

    @Override
    public GVTFontFamily loadFont(InputStream in, FontFace fontFace) {
        return getDefault(); // web fonts named by a logo are not fetched
    }

    @Override
    public GVTFontFamily getDefault() {
        return family(font.getFamily());
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
        return getDefault();
    }

    private GVTFontFamily family(String name) {
        return new AWTFontFamily(new GVTFontFace(name), font);
    }
}

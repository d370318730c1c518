package be.storysite.generator.card;

import be.storysite.generator.cache.DerivedFiles;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;

/**
 * The logos of one build, each read and drawn once (SVG with Batik, PNG/JPEG/GIF with ImageIO) at the size of the
 * design's logo box, then stamped onto every card that shows it. Safe for the render threads.
 *
 * <pre>{@code
 * Logos logos = new Logos(Path.of("assets"), design.fonts().get("regular"));
 * Logos.Logo logo = logos.get("/assets/images/logos/lindebeek.svg", 360, 80);   // throws LogoProblem
 * }</pre>
 */
final class Logos {

    /** A logo drawn at its box's size (transparent around it), and the hash of its file for cache keys. */
    record Logo(BufferedImage image, String hash) {
    }

    /** A logo that cannot be read or drawn; the message says why. */
    static final class LogoProblem extends Exception {
        LogoProblem(String message) {
            super(message);
        }
    }

    private final Path assets;
    private final FontFamilyResolver fonts;
    private final Map<String, Object> drawn = new ConcurrentHashMap<>();

    /**
     * @param assets the site's {@code assets/} folder, where a site path {@code /assets/x} is {@code x}
     * @param font every font family a logo names is drawn in this one
     */
    Logos(Path assets, Font font) {
        this.assets = assets;
        this.fonts = new SvgFonts(font);
    }

    /** The logo at site path {@code path}, fitted into {@code width} × {@code height}. */
    Logo get(String path, int width, int height) throws LogoProblem {
        Object logo = drawn.computeIfAbsent(path + "@" + width + "x" + height, k -> {
            try {
                return draw(path, width, height);
            } catch (LogoProblem e) {
                return e;
            }
        });
        if (logo instanceof LogoProblem problem) {
            throw problem;
        }
        return (Logo) logo;
    }

    private Logo draw(String path, int width, int height) throws LogoProblem {
        Path file = assets.resolve(path.replaceFirst("^/?(assets/)?", ""));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LogoProblem("cannot read the logo " + path);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                svg(file, bytes, g, width, height);
            } else {
                raster(path, bytes, g, width, height);
            }
        } finally {
            g.dispose();
        }
        return new Logo(image, DerivedFiles.key(bytes));
    }

    private void svg(Path file, byte[] bytes, Graphics2D g, int width, int height) throws LogoProblem {
        UserAgentAdapter agent = new SafeAgent(fonts);
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        try {
            context.setDynamicState(BridgeContext.STATIC);
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            Document document = factory.createDocument(file.toUri().toString(), new ByteArrayInputStream(bytes));
            GraphicsNode node = new GVTBuilder().build(context, document);
            Dimension2D size = context.getDocumentSize();
            if (size.getWidth() <= 0 || size.getHeight() <= 0) {
                throw new LogoProblem("the SVG has no size (give its <svg> a width and height, or a viewBox)");
            }
            double scale = Math.min(width / size.getWidth(), height / size.getHeight());
            g.translate(0, (height - size.getHeight() * scale) / 2);
            g.scale(scale, scale);
            node.paint(g);
        } catch (IOException | RuntimeException e) {
            throw new LogoProblem("Batik cannot read it as SVG: " + firstLine(e));
        } finally {
            context.dispose();
        }
    }

    private static void raster(String path, byte[] bytes, Graphics2D g, int width, int height) throws LogoProblem {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            source = null;
        }
        if (source == null) {
            throw new LogoProblem("cannot read " + path + " as an image (SVG, PNG, JPEG or GIF)");
        }
        double scale = Math.min((double) width / source.getWidth(), (double) height / source.getHeight());
        int w = (int) Math.round(source.getWidth() * scale);
        int h = (int) Math.round(source.getHeight() * scale);
        g.drawImage(source, 0, (height - h) / 2, w, h, null);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Batik's user agent, loading no script and no external resource, failing on an error instead of printing. */
    private static final class SafeAgent extends UserAgentAdapter {
        private final FontFamilyResolver fonts;

        SafeAgent(FontFamilyResolver fonts) {
            this.fonts = fonts;
        }

        @Override
        public FontFamilyResolver getFontFamilyResolver() {
            return fonts;
        }

        @Override
        public void displayError(Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }

        @Override
        public void displayError(String message) {
            throw new IllegalStateException(message);
        }

        @Override
        public void displayMessage(String message) {
            // Batik's progress messages: nothing a writer needs
        }

        @Override
        public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
            return new NoLoadScriptSecurity(type);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
            return new NoLoadExternalResourceSecurity();
        }
    }
}

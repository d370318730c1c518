package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import be.storysite.generator.pipeline.BuildOptions;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front-matter photos: the variants a build writes (read back with ImageIO, WebP through webp-imageio), the
 * {@code <picture>} that names them, and the errors for photos that are missing, damaged, of the wrong type or over
 * the limits. One site with a photographed story and service is built once for the class.
 */
class PhotosTest {

    @TempDir
    static Path dir;

    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(dir).service("werkplek", "hero: images/photos/bureau.png",
                        "hero_alt: \"Een bureau met laptop\"")
                .bytes("assets/images/photos/stadhuis.jpg", image(2000, 1000, "jpeg", false))
                .bytes("assets/images/photos/an.png", image(300, 300, "png", true))
                .bytes("assets/images/photos/bureau.png", image(640, 400, "png", false))
                .story("haacht", "hero: images/photos/stadhuis.jpg", "hero_alt: \"Het stadhuis bij dageraad\"",
                        "portrait: /assets/images/photos/an.png", "portrait_alt: \"An Peeters\"");
        site.buildOk();
    }

    @Test
    void aHeroIsAPictureOfWebPAndJpegVariantsAtTheStatedWidthsNeverUpscaled() {
        Element picture = site.html("klantverhalen/haacht/index.html").selectFirst("picture.story-hero");
        assertThat(picture).isNotNull();
        Element source = picture.selectFirst("source");
        Element img = picture.selectFirst("img");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(widthsOf(source.attr("srcset"), "webp")).containsExactly(480, 800, 1200, 1600);
        assertThat(widthsOf(img.attr("srcset"), "jpeg")).containsExactly(480, 800, 1200, 1600);
        assertThat(img.attr("src")).isEqualTo(candidates(img.attr("srcset")).get(3)[0]);
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("alt")).isEqualTo("Het stadhuis bij dageraad");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("sizes")).isEqualTo(source.attr("sizes")).isNotEmpty();
    }

    @Test
    void aPortraitSmallerThanTheLargestWidthKeepsItsOwnWidthAndLoadsLazily() {
        Element picture = site.html("klantverhalen/haacht/index.html").selectFirst("figure.pull-quote picture.portrait");
        Element img = picture.selectFirst("img");
        assertThat(widthsOf(picture.selectFirst("source").attr("srcset"), "webp")).containsExactly(160, 300);
        assertThat(widthsOf(img.attr("srcset"), "png")).containsExactly(160, 300);
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("300");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.hasAttr("fetchpriority")).isFalse();
    }

    @Test
    void aServiceHeroIsAPictureToo() {
        Element img = site.html("diensten/werkplek/index.html").selectFirst("picture.service-hero img");
        assertThat(widthsOf(img.attr("srcset"), "png")).containsExactly(480, 640);
        assertThat(img.attr("height")).isEqualTo("400");
    }

    @Test
    void eachVariantIsWrittenOnceWithAContentHashedName() {
        List<String> variants = site.files().stream().filter(f -> f.startsWith("assets/images/photos/")).toList();
        // 4 + 4 hero, 2 + 2 portrait, 2 + 2 service hero, and the three sources as published assets
        assertThat(variants).hasSize(19);
        assertThat(variants).filteredOn(f -> f.matches(".*/stadhuis-\\d+\\.[0-9a-f]{10}\\.(webp|jpg)")).hasSize(8);
    }

    @Test
    void aCheckEncodesNothingAndASecondBuildReadsTheCacheWithoutWritingIt() throws IOException {
        Path checked = dir.resolve("checked");
        BuildResult check = site.build(new BuildOptions(site.source(), checked, false, false, Optional.empty(), false,
                false));
        assertThat(check.errors()).isEmpty();
        assertThat(dir.resolve(".checked.cache")).doesNotExist();
        Map<Path, FileTime> cached = modified(dir.resolve(".out.cache/photos"));
        assertThat(cached).hasSize(16); // the variants of the site's three photos
        site.buildOk();
        assertThat(modified(dir.resolve(".out.cache/photos"))).isEqualTo(cached);
    }

    private static Map<Path, FileTime> modified(Path folder) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private static final String PHOTO_LINES = "hero_alt: \"Foto\"";

    @Test
    void photosThatCannotBeUsedAreErrorsAtTheirField() throws IOException {
        TestSite bad = TestSite.in(dir.resolve("bad")).service("werkplek")
                .bytes("assets/images/photos/tekst.jpg", "geen foto".getBytes())
                .bytes("assets/images/photos/logo.gif", image(100, 50, "gif", false))
                .bytes("assets/images/photos/bom.png", bomb(image(64, 64, "png", false), 50_000, 50_000))
                .bytes("assets/images/photos/groot.jpg", new byte[(int) (21 * 1024 * 1024)])
                .bytes("assets/images/photos/stuk.png", damagedData(image(400, 300, "png", false)))
                .bytes("assets/images/photos/ok.jpg", image(500, 300, "jpeg", false))
                .story("a", "hero: images/photos/weg.jpg", PHOTO_LINES)
                .story("b", "hero: images/photos/tekst.jpg", PHOTO_LINES)
                .story("c", "hero: images/photos/logo.gif", PHOTO_LINES)
                .story("d", "hero: images/photos/bom.png", PHOTO_LINES)
                .story("e", "hero: images/photos/groot.jpg", PHOTO_LINES)
                .story("f", "hero: images/photos/ok.jpg")
                .story("g", "portrait: ../../site.yaml", "portrait_alt: x")
                .story("h", "hero: images/photos/stuk.png", PHOTO_LINES);
        var result = bad.build();
        assertThat(bad.headlines(result.errors())).containsExactly(
                "content/stories/a.md:14:7: error: 'hero' names a missing image: assets/images/photos/weg.jpg",
                "content/stories/b.md:14:7: error: 'hero' names a file that is not an image: "
                        + "assets/images/photos/tekst.jpg",
                "content/stories/c.md:14:7: error: 'hero' must be a JPEG or PNG photo, and "
                        + "assets/images/photos/logo.gif is GIF",
                "content/stories/d.md:14:7: error: 'hero' names an image of 50000 × 50000 pixels (2500.0 "
                        + "megapixels), more than the 40 megapixels a photo may have: assets/images/photos/bom.png",
                "content/stories/e.md:14:7: error: 'hero' names an image of 21.0 MB, more than the 20 MB a photo "
                        + "may have: assets/images/photos/groot.jpg",
                "content/stories/f.md:14:7: error: 'hero' needs 'hero_alt': what the photo shows, for readers who "
                        + "cannot see it, in the page's language",
                "content/stories/g.md:14:11: error: 'portrait' names a missing image: assets/../../site.yaml",
                "content/stories/h.md:14:7: error: 'hero' names an image that cannot be decoded: "
                        + "assets/images/photos/stuk.png (Error reading PNG image data)");
        assertThat(bad.formatted(result.errors())).contains("hint: add a line such as  hero_alt: \"")
                .contains("hint: scale it down to at most 4,000 pixels wide");
    }

    /** The widths of a srcset's candidates, each checked: its descriptor is the width of the file it names. */
    private static List<Integer> widthsOf(String srcset, String format) {
        List<Integer> widths = new ArrayList<>();
        for (String[] candidate : candidates(srcset)) {
            int width = Integer.parseInt(candidate[1].replace("w", ""));
            String file = candidate[0].substring(1);
            assertThat(site.exists(file)).as(file).isTrue();
            assertThat(file).endsWith(format.equals("jpeg") ? ".jpg" : "." + format);
            BufferedImage read = read(file);
            assertThat(read.getWidth()).as(file).isEqualTo(width);
            widths.add(width);
        }
        return widths;
    }

    private static List<String[]> candidates(String srcset) {
        return Arrays.stream(srcset.split(",\\s*")).map(c -> c.strip().split("\\s+")).toList();
    }

    private static BufferedImage read(String file) {
        try {
            BufferedImage image = ImageIO.read(site.output().resolve(file).toFile());
            assertThat(image).as("a reader for " + file).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(int width, int height, String format, boolean alpha) {
        BufferedImage img = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x0b5cad), width, height, new Color(alpha ? 0x80f6b26b : 0xf6b26b, true)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(img, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims {@code width × height} pixels: a decompression bomb's header, a tiny file. */
    static byte[] bomb(byte[] png, int width, int height) {
        byte[] b = png.clone();
        ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height); // IHDR data starts at byte 16
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17); // "IHDR" and its 13 bytes of data
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }

    /** A PNG with a good header and its compressed pixels overwritten: found only when decoded. */
    static byte[] damagedData(byte[] png) {
        byte[] b = png.clone();
        int idat = indexOf(b, "IDAT".getBytes());
        for (int i = idat + 4; i < Math.min(b.length - 12, idat + 200); i++) {
            b[i] = (byte) 0x5a;
        }
        return b;
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i <= data.length - part.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + new String(part));
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}

package be.storysite.generator.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.photo.ExifJpegs;
import be.storysite.generator.photo.Photo;
import be.storysite.generator.photo.PhotoProbe;
import be.storysite.generator.photo.PhotoRole;
import be.storysite.generator.photo.Variant;
import be.storysite.generator.schema.Fields;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of variants: a variant made once is read back, not encoded again, until its source's bytes change. */
class PhotoVariantsTest {

    @TempDir
    Path dir;

    private final AtomicInteger encoded = new AtomicInteger();
    private final Encoder counting = (image, variant) -> {
        encoded.incrementAndGet();
        return new ImageIoEncoder().encode(image, variant);
    };

    @Test
    void aCachedVariantIsNotEncodedAgainAndANewSourceIs() throws IOException {
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets.resolve("images"));
        Files.write(assets.resolve("images/a.jpg"), jpeg(900, 600, 0x336699));
        PhotoVariants variants = new PhotoVariants(DerivedFiles.beside(dir.resolve("site")), counting);

        Photo photo = probe(assets);
        assertThat(photo.variants()).extracting(Variant::width).containsExactly(480, 800, 900, 480, 800, 900);
        Map<Variant, byte[]> first = variants.of(photo);
        assertThat(encoded).hasValue(6);
        for (Variant v : photo.variants()) {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(first.get(v)));
            assertThat(read.getWidth()).as(v.url()).isEqualTo(v.width());
            assertThat(read.getHeight()).as(v.url()).isEqualTo(v.height());
            assertThat(Files.readAllBytes(variants.file(v))).isEqualTo(first.get(v));
        }

        Map<Variant, byte[]> again = variants.of(probe(assets)); // a new build: a new probe of the same file
        assertThat(encoded).as("read from the cache").hasValue(6);
        assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());

        Files.write(assets.resolve("images/a.jpg"), jpeg(900, 600, 0x993366)); // the photo replaced
        Photo replaced = probe(assets);
        assertThat(replaced.variants().get(0).url()).isNotEqualTo(photo.variants().get(0).url());
        variants.of(replaced);
        assertThat(encoded).hasValue(12);
    }

    @Test
    void aDamagedSourceIsTheWritersToFixAFailingEncoderIsNot() throws IOException {
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets.resolve("images"));
        Files.write(assets.resolve("images/a.jpg"), jpeg(900, 600, 0x336699));
        Photo photo = probe(assets);
        Encoder broken = (image, variant) -> {
            throw new IOException("encoder out of memory");
        };

        assertThatThrownBy(() -> new PhotoVariants(DerivedFiles.beside(dir.resolve("a")), broken).of(photo))
                .isInstanceOf(IOException.class).isNotInstanceOf(UndecodablePhoto.class)
                .hasMessage("encoder out of memory");

        // a PNG cut off after its header (JPEG decoders fill a cut-off file with grey instead of failing)
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), "png", png);
        Files.write(assets.resolve("images/a.jpg"), java.util.Arrays.copyOf(png.toByteArray(), 60));
        assertThatThrownBy(() -> new PhotoVariants(DerivedFiles.beside(dir.resolve("b")), counting).of(photo))
                .isInstanceOf(UndecodablePhoto.class);
        Files.delete(assets.resolve("images/a.jpg"));
        assertThatThrownBy(() -> new PhotoVariants(DerivedFiles.beside(dir.resolve("c")), counting).of(photo))
                .isInstanceOf(UndecodablePhoto.class).hasMessage("the file is gone");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "keep JFIF segment: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aPhoneSPortraitPhotoStoredSidewaysIsMadeUprightAndItsSidesSwapped(boolean keepJfif) throws IOException {
        // stored 300 × 200, left half red, right half blue, with EXIF Orientation 6: turn 90° clockwise to show
        BufferedImage stored = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                stored.setRGB(x, y, x < 150 ? 0xdd0000 : 0x0000dd);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets.resolve("images"));
        Files.write(assets.resolve("images/a.jpg"), ExifJpegs.withOrientation(jpeg.toByteArray(), 6, keepJfif));

        Photo photo = probe(assets);
        assertThat(photo.width()).isEqualTo(200);
        assertThat(photo.height()).isEqualTo(300);
        Variant largest = photo.variants().get(photo.variants().size() - 1);
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(
                new PhotoVariants(DerivedFiles.beside(dir.resolve("site-" + keepJfif)), counting).of(photo).get(largest)));
        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(shown.getHeight()).isEqualTo(300);
        assertThat(new java.awt.Color(shown.getRGB(100, 40)).getRed()).as("top: the stored left, red").isGreaterThan(150);
        assertThat(new java.awt.Color(shown.getRGB(100, 260)).getBlue()).as("bottom: blue").isGreaterThan(150);
    }

    private static Photo probe(Path assets) {
        Diagnostics problems = new Diagnostics();
        SourcePosition at = SourcePosition.of(Path.of("content/stories/a.md"));
        Fields fields = new Fields(Map.of("hero", "images/a.jpg", "hero_alt", "Een foto"),
                Map.of("hero", at, "hero_alt", at), at);
        Photo photo = new PhotoProbe(assets).probe(fields, "hero", PhotoRole.HERO, problems).orElseThrow();
        assertThat(problems.all()).isEmpty();
        return photo;
    }

    private static byte[] jpeg(int width, int height, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, rgb ^ (x * y & 0x1f));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }
}

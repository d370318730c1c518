package be.storysite.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.photo.ExifJpegs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSizesTest {

    @TempDir
    Path dir;
    private final ImageSizes sizes = new ImageSizes();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif"})
    void rasterImagesAreMeasuredFromTheirHeaders(String format) throws Exception {
        Path file = dir.resolve("image." + format);
        ImageIO.write(new BufferedImage(37, 21, BufferedImage.TYPE_INT_RGB), format.equals("jpg") ? "jpeg" : format,
                file.toFile());

        assertThat(sizes.of(file)).contains(new ImageSize(37, 21));
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 3, 6, 8})
    void aJpegIsMeasuredAsABrowserShowsIt(int orientation) throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        Path file = dir.resolve("phone.jpg");
        Files.write(file, ExifJpegs.withOrientation(jpeg.toByteArray(), orientation, false));

        // 6 and 8 are quarter turns: stored 300 x 200, shown 200 x 300
        assertThat(sizes.of(file)).contains(orientation >= 5 ? new ImageSize(200, 300) : new ImageSize(300, 200));
    }

    @Test
    void svgUsesWidthAndHeightElseTheViewBox() throws Exception {
        assertThat(ImageSizes.svg("<?xml version=\"1.0\"?><svg xmlns=\"x\" width=\"120px\" height='40' viewBox='0 0 1 1'>"))
                .contains(new ImageSize(120, 40));
        assertThat(ImageSizes.svg("<svg viewBox=\"0 0 640.4 480\" width=\"100%\">")).contains(new ImageSize(640, 480));
        assertThat(ImageSizes.svg("<svg>")).isEmpty();
    }

    @Test
    void webpIsReadFromItsRiffHeader() throws Exception {
        Path lossy = dir.resolve("a.webp");
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(22).put("WEBP".getBytes()).put("VP8 ".getBytes()).putInt(10);
        b.put(new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a}).putShort((short) 300).putShort((short) 200);
        Files.write(lossy, b.array());
        assertThat(sizes.of(lossy)).contains(new ImageSize(300, 200));

        Path extended = dir.resolve("b.webp");
        ByteBuffer x = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        x.put("RIFF".getBytes()).putInt(22).put("WEBP".getBytes()).put("VP8X".getBytes()).putInt(10).putInt(0);
        x.put(new byte[] {(byte) 0xff, 0x03, 0x00, (byte) 0x57, 0x02, 0x00});
        Files.write(extended, x.array());
        assertThat(sizes.of(extended)).contains(new ImageSize(1024, 600));
    }

    @Test
    void aFileThatIsNoImageHasNoSize() throws Exception {
        Path file = dir.resolve("x.png");
        Files.writeString(file, "not an image");
        assertThat(sizes.of(file)).isEmpty();
    }
}

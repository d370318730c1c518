package be.storysite.generator.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The fast PNG encoder's files decode (with ImageIO) to exactly the pixels encoded, bands reused or not. */
class PngWriterTest {

    @Test
    void aCardDecodesToItsPixelsWhetherItsBandsAreTheBackgroundsOrItsOwn() throws Exception {
        BufferedImage background = image(0x08427c);
        Graphics2D g = background.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRoundRect(32, 32, 1136, 566, 40, 40);
        g.dispose();
        PngWriter writer = new PngWriter(background);
        BufferedImage card = copy(background);
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) { // noise in a few bands: the rest equals the background
            card.setRGB(100 + random.nextInt(900), 200 + random.nextInt(150), random.nextInt(0x1000000));
        }
        for (BufferedImage image : new BufferedImage[] {card, background, card}) {
            byte[] png = writer.encode(image);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(read.getWidth()).isEqualTo(1200);
            assertThat(read.getHeight()).isEqualTo(630);
            for (int y = 0; y < 630; y++) {
                for (int x = 0; x < 1200; x++) {
                    if ((read.getRGB(x, y) & 0xffffff) != (image.getRGB(x, y) & 0xffffff)) {
                        throw new AssertionError("pixel " + x + "," + y + " differs");
                    }
                }
            }
        }
        assertThat(writer.encode(card)).as("deterministic").isEqualTo(new PngWriter(background).encode(card));
        assertThat(writer.encode(card)).as("without a background").isEqualTo(new PngWriter(null).encode(card));
    }

    @Test
    void adler32OfTwoRunsCombines() {
        byte[] a = "Op vrijdag kregen we het bericht".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = new byte[70_000];
        new Random(3).nextBytes(b);
        Adler32 whole = new Adler32();
        whole.update(a);
        whole.update(b);
        Adler32 first = new Adler32();
        first.update(a);
        Adler32 second = new Adler32();
        second.update(b);
        assertThat(PngWriter.combine(first.getValue(), second.getValue(), b.length)).isEqualTo(whole.getValue());
    }

    private static BufferedImage image(int rgb) {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, 1200, 630);
        g.dispose();
        return image;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.setData(image.getData());
        return copy;
    }
}

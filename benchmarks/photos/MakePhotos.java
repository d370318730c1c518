import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Draws the example site's photos with Java2D (there is no camera and no internet here): a town hall at dawn, a
 * service desk, and an illustrated portrait. Deterministic (fixed seeds), so running it again gives the same files.
 * Also used by the benchmark (corpus.py --photos) for the photos of synthetic stories.
 *
 *   java benchmarks/photos/MakePhotos.java assets/images/photos
 */
public class MakePhotos {

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        dir.mkdirs();
        jpeg(townHall(1600, 900), new File(dir, "gemeentehuis-dageraad.jpg"));
        jpeg(serviceDesk(1600, 1000), new File(dir, "servicedesk.jpg"));
        jpeg(portrait(600, 600), new File(dir, "portret-ict-coordinator.jpg"));
    }

    static BufferedImage townHall(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2b4c7e), 0, h * 0.65f, new Color(0xf6b26b)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xffe3a3));
        g.fill(new Ellipse2D.Double(w * 0.72, h * 0.42, 140, 140));
        hills(g, w, h, h * 0.62, new Color(0x4f6b3a), 1);
        // the town hall: a brick front, a stepped gable, a belfry, windows lit from inside
        int x = (int) (w * 0.28), base = (int) (h * 0.80), bw = (int) (w * 0.36), bh = (int) (h * 0.30);
        g.setColor(new Color(0x8a3b2a));
        g.fillRect(x, base - bh, bw, bh);
        Path2D gable = new Path2D.Double();
        gable.moveTo(x, base - bh);
        for (int i = 0; i < 5; i++) {
            double step = bw / 10.0;
            gable.lineTo(x + step * i, base - bh - 30 * i);
            gable.lineTo(x + step * (i + 1), base - bh - 30 * i);
        }
        for (int i = 5; i > 0; i--) {
            double step = bw / 10.0;
            gable.lineTo(x + bw - step * (5 - i), base - bh - 30 * (i - 1));
            gable.lineTo(x + bw - step * (5 - i) + step, base - bh - 30 * (i - 1));
        }
        gable.lineTo(x + bw, base - bh);
        gable.closePath();
        g.fill(gable);
        g.setColor(new Color(0x6b2c20));
        g.fillRect(x + bw / 2 - 40, base - bh - 300, 80, 180);
        Path2D spire = new Path2D.Double();
        spire.moveTo(x + bw / 2 - 50, base - bh - 300);
        spire.lineTo(x + bw / 2, base - bh - 420);
        spire.lineTo(x + bw / 2 + 50, base - bh - 300);
        spire.closePath();
        g.setColor(new Color(0x3b4a5a));
        g.fill(spire);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 8; col++) {
                g.setColor(row == 2 && col % 3 == 0 ? new Color(0xffd27a) : new Color(0x2f3e4f));
                g.fillRect(x + 30 + col * (bw - 60) / 8, base - bh + 30 + row * 80, (bw - 60) / 8 - 22, 52);
            }
        }
        g.setColor(new Color(0x5a4636));
        g.fillRect(x + bw / 2 - 35, base - 110, 70, 110);
        g.setColor(new Color(0x7d7f7a));
        g.fillRect(0, base, w, h - base);
        trees(g, w, base, new Random(7));
        grain(img, 6, 11);
        g.dispose();
        return img;
    }

    static BufferedImage serviceDesk(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0xeef2f6), 0, h, new Color(0xc9d3de)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xdfe7ef));
        for (int i = 0; i < 4; i++) {
            g.fillRect(80 + i * 380, 80, 300, 360); // windows on the back wall
        }
        g.setColor(new Color(0xb08d63));
        g.fillRect(0, (int) (h * 0.62), w, 40); // the desk
        g.setColor(new Color(0x8e6f4b));
        g.fillRect(0, (int) (h * 0.62) + 40, w, h);
        for (int i = 0; i < 3; i++) {
            int sx = 180 + i * 460, sy = (int) (h * 0.30);
            g.setColor(new Color(0x20262e));
            g.fill(new RoundRectangle2D.Double(sx, sy, 360, 230, 16, 16));
            g.setPaint(new GradientPaint(sx, sy, new Color(0x0b5cad), sx + 360, sy + 230, new Color(0x5fa8e8)));
            g.fill(new RoundRectangle2D.Double(sx + 12, sy + 12, 336, 200, 8, 8));
            g.setColor(new Color(255, 255, 255, 170));
            for (int l = 0; l < 5; l++) {
                g.fillRect(sx + 36, sy + 40 + l * 30, 120 + (l * 53 + i * 31) % 160, 10);
            }
            g.setColor(new Color(0x3a424c));
            g.fillRect(sx + 165, sy + 230, 30, (int) (h * 0.62) - sy - 230);
        }
        g.setColor(new Color(0xf4f4f2));
        g.fill(new Ellipse2D.Double(w * 0.82, h * 0.55, 90, 60)); // a cup
        grain(img, 5, 23);
        g.dispose();
        return img;
    }

    static BufferedImage portrait(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0xcfe0f1), w, h, new Color(0x8fb4d9)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x1f3b5c));
        g.fill(new Ellipse2D.Double(w * 0.18, h * 0.62, w * 0.64, h * 0.7)); // shoulders, a dark blazer
        g.setColor(new Color(0xffffff));
        Path2D collar = new Path2D.Double();
        collar.moveTo(w * 0.42, h * 0.64);
        collar.lineTo(w * 0.5, h * 0.78);
        collar.lineTo(w * 0.58, h * 0.64);
        collar.closePath();
        g.fill(collar);
        g.setColor(new Color(0xe2b48f));
        g.fillRect((int) (w * 0.45), (int) (h * 0.52), (int) (w * 0.1), (int) (h * 0.14));
        g.fill(new Ellipse2D.Double(w * 0.33, h * 0.22, w * 0.34, h * 0.38)); // face
        g.setColor(new Color(0x5a3a22));
        g.fill(new Ellipse2D.Double(w * 0.30, h * 0.14, w * 0.40, h * 0.22)); // hair
        g.fillRect((int) (w * 0.30), (int) (h * 0.25), (int) (w * 0.06), (int) (h * 0.26));
        g.fillRect((int) (w * 0.64), (int) (h * 0.25), (int) (w * 0.06), (int) (h * 0.26));
        g.setColor(new Color(0x2b2b2b));
        g.fill(new Ellipse2D.Double(w * 0.42, h * 0.38, 16, 12));
        g.fill(new Ellipse2D.Double(w * 0.55, h * 0.38, 16, 12));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xa0524a));
        g.drawArc((int) (w * 0.44), (int) (h * 0.44), (int) (w * 0.12), (int) (h * 0.07), 200, 140);
        grain(img, 4, 5);
        g.dispose();
        return img;
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static void hills(Graphics2D g, int w, int h, double top, Color color, long seed) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, h);
        for (int x = 0; x <= w; x += 20) {
            p.lineTo(x, top + 40 * Math.sin(x / 180.0 + seed) + 25 * Math.sin(x / 67.0));
        }
        p.lineTo(w, h);
        p.closePath();
        g.setColor(color);
        g.fill(p);
    }

    private static void trees(Graphics2D g, int w, int base, Random random) {
        for (int i = 0; i < 14; i++) {
            int x = random.nextInt(w);
            if (x > w * 0.25 && x < w * 0.67) {
                continue; // not in front of the town hall
            }
            int r = 40 + random.nextInt(50);
            g.setColor(new Color(0x4a3728));
            g.fillRect(x - 6, base - r, 12, r);
            g.setColor(new Color(0x2f5d34 + random.nextInt(0x2000)));
            g.fill(new Ellipse2D.Double(x - r * 0.8, base - r * 2.4, r * 1.6, r * 1.7));
        }
    }

    /** A little film grain, so the files compress like photos rather than like flat drawings. */
    private static void grain(BufferedImage img, int amount, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int n = random.nextInt(2 * amount + 1) - amount;
                int r = clamp((rgb >> 16 & 0xff) + n), gr = clamp((rgb >> 8 & 0xff) + n), b = clamp((rgb & 0xff) + n);
                img.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void jpeg(BufferedImage img, File file) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        file.delete();
        try (FileImageOutputStream out = new FileImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
    }
}

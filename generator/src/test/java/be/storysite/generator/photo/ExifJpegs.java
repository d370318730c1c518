package be.storysite.generator.photo;

import java.io.ByteArrayOutputStream;

/** JPEG test fixtures with an EXIF orientation, as phones write them. */
public final class ExifJpegs {

    private ExifJpegs() {
    }

    /**
     * The JPEG with an APP1 EXIF segment holding only the Orientation tag: in place of its JFIF (APP0) segment, as a
     * camera writes it, or after it, as some editors do.
     */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean keepJfif) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        byte[] header = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + header.length + tiff.length;
        int app0End = 4 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff)); // SOI, then APP0's marker and length
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, keepJfif ? app0End : 2);
        out.write(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length}, 0, 4);
        out.write(header, 0, header.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}

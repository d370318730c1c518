package be.storysite.generator.postprocess;

/** An image's intrinsic size in CSS pixels, for {@code width} and {@code height} (they prevent layout shift). */
public record ImageSize(int width, int height) {
}

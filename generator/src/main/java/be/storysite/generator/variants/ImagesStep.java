package be.storysite.generator.variants;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.photo.Photo;
import be.storysite.generator.photo.Variant;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.write.OutputSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Step {@code images}: writes the variants of every published page's photos (each once, however many pages show
 * it), on all cores, through the cache beside the output, and returns the asset index with them in it so that
 * pages may link them. A check-only build encodes nothing: the variants' names are known from the photos' headers.
 *
 * <pre>{@code
 * AssetIndex withPhotos = pipeline.run(new ImagesStep(new ImageIoEncoder()), new ImagesStep.Input(site, assets, out));
 * }</pre>
 */
public final class ImagesStep implements Step<ImagesStep.Input, AssetIndex> {

    /** @param out where the variants are written, below {@code assets/} */
    public record Input(Site site, AssetIndex assets, OutputSink out) {
    }

    private final Encoder encoder;

    public ImagesStep(Encoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "images";
    }

    @Override
    public AssetIndex run(Input input, BuildContext context) {
        List<Photo> photos = photos(input.site());
        Map<String, Path> published = new HashMap<>();
        if (!context.options().writeOutput()) {
            photos.forEach(p -> p.variants().forEach(v -> published.put(v.url(), p.file())));
            return input.assets().with(published);
        }
        PhotoVariants variants = new PhotoVariants(DerivedFiles.beside(context.options().output()), encoder);
        List<Optional<Diagnostic>> failed = context.parallel(name(), photos, Photo::file, photo -> {
            try {
                variants.of(photo).forEach((v, bytes) -> input.out().write(v.url().substring(1), bytes));
                return Optional.empty();
            } catch (UndecodablePhoto e) {
                return Optional.of(Diagnostic.error(photo.position(), "'" + photo.field()
                        + "' names an image that cannot be decoded: " + assetPath(photo) + " (" + e.getMessage() + ")",
                        "open it in an image editor and save it again as JPEG (RGB) or PNG"));
            } catch (IOException e) {
                // not the photo's fault: an encoder or the cache folder failed
                return Optional.of(Diagnostic.error(photo.position(), "the smaller copies of " + assetPath(photo)
                        + " ('" + photo.field() + "') cannot be made: " + e.getMessage(),
                        "check that the disk is not full and that " + variants.cacheRoot() + " can be written; "
                                + "it only holds copies, so it may be deleted"));
            }
        });
        failed.forEach(f -> f.ifPresent(context.problems()::add));
        for (Photo photo : photos) {
            for (Variant v : photo.variants()) {
                published.put(v.url(), variants.file(v));
            }
        }
        return input.assets().with(published);
    }

    private static String assetPath(Photo photo) {
        return "assets" + photo.sitePath().substring("/assets".length());
    }

    /** Each photo of the published stories and services once, in the order first met. */
    public static List<Photo> photos(Site site) {
        Map<String, Photo> unique = new LinkedHashMap<>();
        for (Content c : site.published()) {
            Stream<Optional<Photo>> of = c instanceof Story s ? Stream.of(s.hero(), s.portrait())
                    : c instanceof Service s ? Stream.of(s.hero()) : Stream.empty();
            of.flatMap(Optional::stream).forEach(p -> unique.putIfAbsent(p.sitePath() + " " + p.variants().get(0).key(), p));
        }
        return new ArrayList<>(unique.values());
    }
}

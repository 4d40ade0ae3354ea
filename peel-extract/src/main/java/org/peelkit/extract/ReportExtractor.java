package org.peelkit.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peelkit.io.PeelReadException;
import org.peelkit.io.Utf8Text;
import org.peelkit.model.Catalogue;

/**
 * Reads the plain text of HMICFRS PEEL pages (force pages of 2014 to 2018/19 and their pillar
 * sub-pages, reports from 2021/22, news releases) and extracts their judgments as a PEEL
 * assessment. Every value records its place (line and column); text it cannot place is reported,
 * not guessed; where two statements disagree the conflict is reported and neither is taken.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportExtractor x = ReportExtractor.standard();
 * Extraction one = x.extract(Path.of("metropolitan-2023-25.txt"));
 * Extraction news = x.extract(Path.of("news.txt"), Hints.none().withCycle("2021-22"));
 * List<Extraction> all = x.extractAll(List.of(Path.of("kent-2017.txt"), Path.of("kent-2017-legitimacy.txt")), Hints.none());
 * }</pre>
 */
public final class ReportExtractor {

    private static final ReportExtractor STANDARD = new ReportExtractor(Catalogue.builtIn());

    private final PageReader reader;

    private ReportExtractor(Catalogue catalogue) {
        this.reader = new PageReader(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** @return an extractor over the built-in catalogue */
    public static ReportExtractor standard() {
        return STANDARD;
    }

    /**
     * @param catalogue the catalogue whose cycles, questions and forces to recognise
     * @return an extractor over that catalogue
     */
    public static ReportExtractor of(Catalogue catalogue) {
        return new ReportExtractor(catalogue);
    }

    /**
     * @param file a page's plain text, UTF-8
     * @return what could be extracted
     * @throws PeelReadException when the file cannot be read
     */
    public Extraction extract(Path file) {
        return extract(file, Hints.none());
    }

    /**
     * @param file  a page's plain text, UTF-8
     * @param hints the force and cycle, when the text may not name them
     * @return what could be extracted
     * @throws PeelReadException when the file cannot be read
     */
    public Extraction extract(Path file, Hints hints) {
        return extract(read(file), file.toString(), hints);
    }

    /**
     * @param text   a page's plain text
     * @param source a name for it in notes and provenance
     * @return what could be extracted
     */
    public Extraction extract(String text, String source) {
        return extract(text, source, Hints.none());
    }

    /**
     * @param text   a page's plain text
     * @param source a name for it in notes and provenance
     * @param hints  the force and cycle, when the text may not name them
     * @return what could be extracted
     */
    public Extraction extract(String text, String source, Hints hints) {
        return Assembly.of(List.of(reader.read(text, source, hints)));
    }

    /**
     * Reads many pages and merges those of one force and cycle (an overview, its pillar
     * sub-pages, a news release) into one assessment; statements that disagree between pages are
     * reported with both places. A page whose force or cycle cannot be told is its own extraction,
     * with no assessment.
     *
     * @param files pages' plain text, UTF-8
     * @param hints the force and cycle for pages that do not name them
     * @return one extraction per force and cycle, in the order first read
     * @throws PeelReadException when a file cannot be read
     */
    public List<Extraction> extractAll(List<Path> files, Hints hints) {
        Map<String, List<PageReading>> groups = new LinkedHashMap<>();
        List<Extraction> unknown = new ArrayList<>();
        for (Path f : files) {
            PageReading page = reader.read(read(f), f.toString(), hints);
            if (page.force().isEmpty() || page.cycle().isEmpty()) {
                unknown.add(Assembly.of(List.of(page)));
            } else {
                String key = page.force().get().value().id() + " " + page.cycle().get().value().id();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
            }
        }
        List<Extraction> out = new ArrayList<>();
        groups.values().forEach(pages -> out.add(Assembly.of(pages)));
        out.addAll(unknown);
        return out;
    }

    /** A saved page is far smaller; a larger file is refused rather than read into memory. */
    private static final long LARGEST_PAGE = 16L * 1024 * 1024;

    private static String read(Path file) {
        try {
            if (Files.size(file) > LARGEST_PAGE) {
                throw new PeelReadException(file.toString(), java.util.Optional.empty(), "The page is larger than "
                        + LARGEST_PAGE / (1024 * 1024) + " MB; a saved HMICFRS page is far smaller, so it is not read");
            }
        } catch (IOException e) {
            throw PeelReadException.cannotOpen(file, e);
        }
        return Utf8Text.read(file, "page text");
    }
}

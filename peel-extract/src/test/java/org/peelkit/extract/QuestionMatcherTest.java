package org.peelkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.io.Location;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/**
 * Which question a phrase of prose is about, by the words of the catalogue: a phrase is placed only
 * when it covers enough of one question's words and no other question comes close.
 */
class QuestionMatcherTest {

    private final ReportExtractor extractor = ReportExtractor.standard();

    private static List<ExtractionNote> placingNotes(Extraction e) {
        return e.notes().stream().filter(n -> n.kind() != Kind.MISSING).toList();
    }

    @Test
    void aPhraseIsPlacedByTheShareOfAQuestionsWordsItCovers() {
        Extraction e = extractor.extract("""
                PEEL 2023-25: An inspection of Kent Police
                Kent Police is outstanding at recording crime.
                The force is good at treating the public fairly across Kent.
                Kent Police is adequate at investigations.
                Kent Police is good at recording crime in its busy northern coastal districts during the summer months.
                """, "page.txt");
        // recording crime: two of "recording data about crime"'s three words, against one of the seven of preventing crime's label;
        // treating the public fairly: three of the five words of "police powers and treating the public fairly and respectfully";
        // investigations: one of "investigating crime"'s two words, and a word no other area uses
        assertEquals(List.of(Judgment.of("police-powers-and-public-treatment", Grade.GOOD), Judgment.of("investigating-crime", Grade.ADEQUATE),
                Judgment.of("recording-data-about-crime", Grade.OUTSTANDING)), e.assessment().orElseThrow().judgments());
        assertEquals(List.of(ExtractionNote.at(Kind.UNPLACED, "page.txt", Location.of(5, 1), "A grade in 'Kent Police is good at recording "
                + "crime in its busy northern coastal districts during the summer months.' was not placed: no question of PEEL 2023–2025 "
                + "fits 'recording crime in its busy northern coastal districts during the summer months'")), placingNotes(e),
                "two words of nine are too few to place the phrase");
    }

    @Test
    void halfAQuestionsWordsPlaceAPhraseWhenOneIsTheQuestionsAlone() {
        Extraction e = extractor.extract("Kent 2015\nKent Police is good at managing offenders.\n", "page.txt");
        assertEquals(List.of(Judgment.of("effectiveness/investigating-crime", Grade.GOOD)), e.assessment().orElseThrow().judgments());
    }

    @Test
    void aPieceThatSharesNoWordWithTheAreaBeforeItIsNotPartOfIt() {
        Extraction e = extractor.extract("PEEL 2021/22: An inspection of Kent Police\n"
                + "Kent Police is good at investigating crime and supporting victims.\n", "page.txt");
        assertEquals(List.of(Judgment.of("investigating-crime", Grade.GOOD)), e.assessment().orElseThrow().judgments());
        assertEquals(List.of(ExtractionNote.at(Kind.UNPLACED, "page.txt", Location.of(2, 1), "A grade in 'Kent Police is good at "
                + "investigating crime and supporting victims.' was not placed: no question of PEEL 2021/22 fits 'supporting victims' "
                + "(the rest was placed)")), placingNotes(e));
    }

    @Test
    void aWordMeetsItsOtherFormsUsesMeetsUse() {
        Extraction e = extractor.extract("PEEL 2021/22: An inspection of Kent Police\n"
                + "The force is good at the way it uses resources.\n", "page.txt");
        assertEquals(List.of(Judgment.of("good-use-of-resources", Grade.GOOD)), e.assessment().orElseThrow().judgments());
        assertEquals(List.of(), placingNotes(e));
    }
}

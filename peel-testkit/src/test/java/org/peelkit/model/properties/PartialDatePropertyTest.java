package org.peelkit.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.model.DateOrder;
import org.peelkit.model.PartialDate;
import org.peelkit.testkit.PeelDomains;

/** Exhaustive over two years of years, months and days: containment and ordering agree. */
class PartialDatePropertyTest {

    private static final List<PartialDate> DATES = PeelDomains.partialDates(2021, 2022);

    @Test
    void orderingIsConsistentWithContainmentAndWithItself() {
        for (PartialDate a : DATES) {
            assertEquals(DateOrder.SAME, a.order(a), a::toString);
            assertEquals(a, PartialDate.parse(a.toString()), a::toString);
            for (PartialDate b : DATES) {
                String pair = a + " vs " + b;
                DateOrder ab = a.order(b);
                DateOrder ba = b.order(a);
                switch (ab) {
                    case BEFORE -> assertEquals(DateOrder.AFTER, ba, pair);
                    case AFTER -> assertEquals(DateOrder.BEFORE, ba, pair);
                    case SAME -> assertEquals(a, b, pair);
                    case OVERLAPPING -> assertEquals(DateOrder.OVERLAPPING, ba, pair);
                }
                boolean mutual = a.contains(b) && b.contains(a);
                assertEquals(a.equals(b), mutual, pair);
                if (a.contains(b)) {
                    assertTrue(ab == DateOrder.SAME || ab == DateOrder.OVERLAPPING, pair + ": containment is never an order");
                    assertTrue(!b.start().isBefore(a.start()) && !b.end().isAfter(a.end()), pair);
                }
                if (ab == DateOrder.BEFORE) {
                    assertTrue(a.end().isBefore(b.start()), pair);
                    assertFalse(a.contains(b) || b.contains(a), pair);
                    assertTrue(PartialDate.BY_START.compare(a, b) < 0, pair + ": BY_START agrees with BEFORE");
                }
            }
        }
    }

    @Test
    void beforeIsTransitive() {
        for (PartialDate a : DATES) {
            for (PartialDate b : DATES) {
                if (!a.isBefore(b)) {
                    continue;
                }
                for (PartialDate c : DATES) {
                    if (b.isBefore(c)) {
                        assertTrue(a.isBefore(c), () -> a + " < " + b + " < " + c);
                    }
                }
            }
        }
    }
}

package org.peelkit.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import java.util.function.Supplier;

/** Reads a document's text once more and notes where every value starts, by JSON Pointer. */
final class LocationIndex {

    private LocationIndex() {
    }

    static Map<String, Location> build(Supplier<JsonParser> open, JsonCursor.Columns columns, long lineOffset) {
        Map<String, Location> index = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> arrayIndex = new ArrayList<>();
        try (JsonParser p = open.get()) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME) {
                    path.set(path.size() - 1, JsonCursor.escape(p.currentName()));
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.remove(path.size() - 1);
                    arrayIndex.remove(arrayIndex.size() - 1);
                    continue;
                }
                // a value: name its place within an array
                if (!arrayIndex.isEmpty() && arrayIndex.get(arrayIndex.size() - 1) >= 0) {
                    int i = arrayIndex.get(arrayIndex.size() - 1);
                    path.set(path.size() - 1, Integer.toString(i));
                    arrayIndex.set(arrayIndex.size() - 1, i + 1);
                }
                TokenStreamLocation l = p.currentTokenLocation();
                index.put(pointer(path), Location.of(l.getLineNr() + lineOffset,
                        Math.max(1, columns.column(l.getLineNr(), l.getColumnNr()))));
                if (t == JsonToken.START_OBJECT) {
                    path.add(null);
                    arrayIndex.add(-1);
                } else if (t == JsonToken.START_ARRAY) {
                    path.add(null);
                    arrayIndex.add(0);
                }
            }
        } catch (JacksonException e) {
            // the document was read once already; whatever was indexed before a failure stands
        }
        return index;
    }

    private static String pointer(List<String> path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (String segment : path) {
            s.append('/').append(segment);
        }
        return s.toString();
    }
}

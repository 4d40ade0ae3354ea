package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one exception of reading: its message, its parts, and the few words for a file that cannot be read. */
class PeelReadExceptionTest {

    private static String why(IOException cause) {
        return PeelReadException.cannotOpen(Path.of("in.json"), cause).getMessage();
    }

    @Test
    void eachReasonAFileCannotBeReadHasItsFewWords() {
        assertEquals("in.json: Cannot read the file: no such file", why(new NoSuchFileException("in.json")));
        assertEquals("in.json: Cannot read the file: no such file", why(new FileNotFoundException("in.json (No such file or directory)")));
        assertEquals("in.json: Cannot read the file: permission denied", why(new FileNotFoundException("in.json (Permission denied)")));
        assertEquals("in.json: Cannot read the file: is a directory", why(new IOException("Is a directory")));
        assertEquals("in.json: Cannot read the file: no such file (a part of its path is not a directory)",
                why(new NotDirectoryException("in.json")));
        assertEquals("in.json: Cannot read the file: no such file (a part of its path is not a directory)",
                why(new FileSystemException("in.json", null, "Not a directory")));
        assertEquals("in.json: Cannot read the file: too many open files", why(new FileSystemException("in.json", null, "Too many open files")));
        assertEquals("in.json: Cannot read the file: in.json", why(new FileSystemException("in.json")), "no reason: the system's words");
        assertEquals("in.json: Cannot read the file: stale file handle", why(new IOException("Stale file handle")));
    }

    @Test
    void theExceptionCarriesItsPartsAndSaysThemInOneLine() {
        PeelReadException plain = new PeelReadException("in.json", Optional.empty(), "Not readable");
        assertEquals("in.json: Not readable", plain.getMessage());
        assertEquals(Optional.empty(), plain.location());
        assertEquals(PeelReadException.Failure.NOT_READABLE, plain.failure());
        assertEquals(null, plain.getCause());
        PeelReadException located = new PeelReadException("in.json", Optional.of(Location.of(3, 7)), "Not readable");
        assertEquals("in.json:3:7: Not readable", located.getMessage());
        assertEquals("Not readable", located.reason());
        assertEquals("in.json", located.source());
        IOException cause = new IOException("Input/output error");
        PeelReadException stream = PeelReadException.cannotRead("<stdin>", Location.ofLine(4), cause);
        assertEquals("<stdin>:4:1: Cannot read: input/output error", stream.getMessage());
        assertEquals(PeelReadException.Failure.CANNOT_OPEN, stream.failure());
        assertEquals(cause, stream.getCause());
        PeelReadException unlocated = PeelReadException.cannotRead("<stdin>", cause);
        assertEquals("<stdin>: Cannot read: input/output error", unlocated.getMessage());
        assertEquals(cause, unlocated.getCause());
    }
}

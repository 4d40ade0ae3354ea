import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of the examples module, run at package time on {@code target/peel.jar} before the
 * class-data-sharing archive is made: raises every class file older than Java 6 (class-file version
 * 49 and below) to version 52 (Java 8), with its stack map frames computed by ASM. No instruction
 * changes. Java 17's class-data sharing refuses classes older than version 50 ("Pre JDK 6 class not
 * supported by CDS"), and picocli is compiled for Java 5, so without this step every picocli class is
 * loaded from the jar and verified on every start of {@code peel}. The jar gets a note of what was
 * changed, {@code META-INF/peel/raised-class-files.txt}, as picocli's licence (Apache-2.0) asks.
 *
 * <pre>{@code
 * java -cp asm.jar examples/src/build/OldClassFiles.java examples/target/peel.jar
 * }</pre>
 */
public final class OldClassFiles {

    private static final int JAVA_6 = 50;
    private static final String NOTE = "META-INF/peel/raised-class-files.txt";

    private OldClassFiles() {
    }

    /**
     * @param args the jar to rewrite in place
     * @throws IOException if the jar cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OldClassFiles JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path raised = jar.resolveSibling(jar.getFileName() + ".raising");
        List<String> changed = new ArrayList<>();
        try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(raised))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(NOTE)) {
                    continue;
                }
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                    bytes = raise(bytes, hierarchy);
                    changed.add(entry.getName());
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(NOTE));
            out.write(note(changed).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(raised, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("peel.jar: " + changed.size() + " class files raised from before Java 6 to Java 8, for class-data sharing");
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] raise(byte[] classFile, ClassLoader hierarchy) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static String note(List<String> changed) {
        StringBuilder s = new StringBuilder()
            .append("These class files were changed by the peel build (examples/src/build/OldClassFiles.java):\n")
            .append("their class-file version was raised to 52 (Java 8) and stack map frames were added by ASM,\n")
            .append("so that Java's class-data sharing can archive them. No instruction was changed.\n\n");
        changed.forEach(name -> s.append(name).append('\n'));
        return s.toString();
    }
}

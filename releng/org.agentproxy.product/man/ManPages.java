import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agentproxy.cli.internal.CliApplication;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step of the product (prepare.sh beside this file): the manual pages of {@code agentproxy} from the command
 * line's own picocli model, the one it parses with and whose texts are the CLI's messages.properties. picocli's
 * ManPageGenerator writes one AsciiDoc page per command (agentproxy, agentproxy-validate, ...,
 * agentproxy-groups-list); AsciidoctorJ turns each into a man page (section 1) and an HTML page.
 *
 *   java -cp "TOOLS/*:PRODUCT/plugins/*" ManPages.java VERSION ADOC_DIR MAN_DIR HTML_DIR
 */
public class ManPages {

    public static void main(String[] args) throws IOException {
        String version = args[0];
        Path adoc = Path.of(args[1]);
        Path man = Path.of(args[2]);
        Path html = Path.of(args[3]);
        for (Path dir : List.of(adoc, man, html)) {
            Files.createDirectories(dir);
        }
        CommandLine root = CliApplication.cli(version, null).commandLine();
        // as the help shows them: --policy FILE (the parser takes --policy=FILE too)
        root.setSeparator(" ");
        int status = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, root.getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("ManPageGenerator failed: " + status);
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(adoc)) {
            pages = s.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (Path page : pages) {
                asciidoctor.convertFile(page.toFile(), Options.builder().backend("manpage").safe(SafeMode.UNSAFE)
                        .toDir(man.toFile()).mkDirs(true).attributes(Attributes.builder()
                                .attribute("manmanual", "Agent Proxy Studio").attribute("mansource",
                                        "Agent Proxy Studio " + version).build()).build());
                asciidoctor.convertFile(page.toFile(), Options.builder().backend("html5").safe(SafeMode.UNSAFE)
                        .toDir(html.toFile()).mkDirs(true).attributes(Attributes.builder()
                                .attribute("relfilesuffix", ".html").attribute("reproducible", "").build()).build());
            }
        }
        System.out.println("[man] " + pages.size() + " pages: " + man + ", " + html);
    }
}

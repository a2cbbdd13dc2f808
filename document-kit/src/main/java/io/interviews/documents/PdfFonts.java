package io.interviews.documents;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fonts for PDF documents that mix Latin and Chinese text. Latin text uses DejaVu Sans when the system has it
 * (else the standard Helvetica). Chinese text uses the first of: the configured font file, the Noto Sans SC font
 * bundled in this jar, a CJK font in the usual system locations; always embedded (as a subset of the glyphs
 * used), so every reader shows it. Each run of text is set in the first font that has its glyphs.
 */
public final class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class);

    /** Put there by this module's build (see its pom), relative to this class. */
    static final String BUNDLED_CJK_FONT = "fonts/NotoSansSC-Regular.ttf";
    static final List<String> SYSTEM_CJK_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final String DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private final BaseFont latin;
    private final BaseFont latinBold;
    /** Empty when no font with Chinese glyphs was found: Chinese text is then refused. */
    private final Optional<BaseFont> chinese;
    private final List<String> chineseFontsTried;

    private PdfFonts(BaseFont latin, BaseFont latinBold, Optional<BaseFont> chinese, List<String> chineseFontsTried) {
        this.latin = latin;
        this.latinBold = latinBold;
        this.chinese = chinese;
        this.chineseFontsTried = chineseFontsTried;
    }

    /** @param cjkFont a configured font file, tried before the bundled font and the system locations */
    public static PdfFonts load(Optional<String> cjkFont) {
        return load(cjkFont, BUNDLED_CJK_FONT, SYSTEM_CJK_FONTS);
    }

    static PdfFonts load(Optional<String> cjkFont, String bundledFont, List<String> systemFonts) {
        List<String> tried = new ArrayList<>();
        cjkFont.ifPresent(tried::add);
        tried.add("classpath:" + bundledFont);
        tried.addAll(systemFonts);
        Optional<BaseFont> chinese = cjkFont.flatMap(PdfFonts::embedded)
                .or(() -> bundled(bundledFont))
                .or(() -> systemFonts.stream().map(PdfFonts::embedded).flatMap(Optional::stream).findFirst());
        if (chinese.isPresent()) {
            LOG.debugf("Chinese text in PDF documents is set in %s", chinese.get().getPostscriptFontName());
        } else {
            LOG.warnf("No font with Chinese glyphs for PDF documents (tried %s): Chinese text cannot be rendered",
                    tried);
        }
        BaseFont latin = embedded(DEJAVU).orElseGet(() -> standard(BaseFont.HELVETICA));
        BaseFont latinBold = embedded(DEJAVU_BOLD).orElseGet(() -> standard(BaseFont.HELVETICA_BOLD));
        return new PdfFonts(latin, latinBold, chinese, List.copyOf(tried));
    }

    /**
     * {@code text} as a phrase whose runs are each set in a font that has their glyphs.
     *
     * @throws IllegalStateException if the text has Chinese characters and no font with Chinese glyphs was found
     *                               (rather than a document that shows boxes)
     */
    public Phrase phrase(String text, float size, boolean bold) {
        String content = text == null ? "" : text;
        if (chinese.isEmpty() && containsChinese(content)) {
            throw new IllegalStateException("No font with Chinese glyphs to set \"" + content + "\" in a PDF; tried "
                    + chineseFontsTried + ". Configure one (a .ttf, .otf or .ttc,<index> file) or install the "
                    + "fonts-noto-cjk package.");
        }
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? latinBold : latin, size));
        // the CJK fonts have one weight: OpenPDF strokes the glyphs of a bold style to embolden them
        chinese.ifPresent(font -> selector.addFont(new Font(font, size, bold ? Font.BOLD : Font.NORMAL)));
        return selector.process(content);
    }

    private static boolean containsChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Optional<BaseFont> bundled(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1); // OpenPDF knows TrueType by ".ttf"
            return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot use the bundled font %s in PDF documents: %s", resource, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<BaseFont> embedded(String location) {
        String file = location.contains(",") ? location.substring(0, location.lastIndexOf(',')) : location;
        if (!Files.isReadable(Path.of(file))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (Exception e) {
            LOG.warnf("Cannot use font %s in PDF documents: %s", location, e.getMessage());
            return Optional.empty();
        }
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("standard PDF font " + name + " is missing from OpenPDF", e);
        }
    }
}

package nl.speelveld.conventions.export;

/** The size limit of an import body: the one route whose body may be larger than 256 KiB. */
public final class ImportLimits {

    public static final String PATH = "/v1/imports";
    public static final long MAX_BYTES = 4L << 30;

    private ImportLimits() {
    }
}

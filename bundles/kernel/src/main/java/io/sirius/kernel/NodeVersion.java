package io.sirius.kernel;

/**
 * The blockchain software version this node implements, in Sirius's encoding
 * ({@code major << 48 | minor << 32 | revision << 16 | build}). A BlockchainUpgrade transaction that requires a
 * higher version stops this node at the upgrade height, as Sirius nodes stop.
 */
public final class NodeVersion {
    /** 1.9.5.0, the Sirius release whose wire format and rules this node follows. */
    public static final long CURRENT = version(1, 9, 5, 0);

    private NodeVersion() {
    }

    /**
     * @param major the major version
     * @param minor the minor version
     * @param revision the revision
     * @param build the build
     * @return the encoded version
     */
    public static long version(int major, int minor, int revision, int build) {
        return (long) (major & 0xFFFF) << 48 | (long) (minor & 0xFFFF) << 32 | (long) (revision & 0xFFFF) << 16
                | (build & 0xFFFF);
    }

    /**
     * @param version an encoded version
     * @return it as {@code major.minor.revision.build}
     */
    public static String format(long version) {
        return (version >>> 48 & 0xFFFF) + "." + (version >>> 32 & 0xFFFF) + "." + (version >>> 16 & 0xFFFF) + "."
                + (version & 0xFFFF);
    }
}

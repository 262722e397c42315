package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.model.MosaicId;
import java.util.Optional;

/**
 * A mosaic id as REST names it: exactly 16 hex digits, either case (the SDK's {@code MosaicId.toHex()}).
 */
final class MosaicIdParameter {
    private static final int LENGTH = 16;

    private MosaicIdParameter() {
    }

    /**
     * @param text the text from the path or body
     * @return the id, or empty if the text is not 16 hex digits
     */
    static Optional<MosaicId> parse(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new MosaicId(Long.parseUnsignedLong(text, 16)));
    }
}

package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.model.MosaicId;
import java.util.Optional;

/**
 * A mosaic id as REST names it: exactly 16 ASCII hex digits, either case (the SDK's {@code MosaicId.toHex()}).
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
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return Optional.empty();
            }
        }
        return Optional.of(new MosaicId(Long.parseUnsignedLong(text, 16)));
    }
}

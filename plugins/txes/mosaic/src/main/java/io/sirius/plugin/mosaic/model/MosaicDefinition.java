package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * What a mosaic is: where it was first defined, by whom, how often it was redefined, and its properties.
 *
 * @param height the height of the first definition; the duration counts from here
 * @param owner the defining account
 * @param revision 1 after the first definition, one more per redefinition (a u32, compared unsigned)
 * @param properties flags, divisibility and duration
 */
public record MosaicDefinition(Height height, PublicKey owner, int revision, MosaicProperties properties) {

    /** Checks the arguments. */
    public MosaicDefinition {
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(properties, "properties");
    }

    /** @return whether the mosaic never expires */
    public boolean isEternal() {
        return properties.isEternal();
    }

    /**
     * @return the first height at which a non-eternal mosaic is expired ({@code height + duration}, saturating at
     *     2^64 - 1); meaningless for an eternal one
     */
    public Height expiryHeight() {
        long end = height.value() + properties.duration().value();
        return new Height(Long.compareUnsigned(end, height.value()) < 0 ? -1L : end);
    }

    /**
     * @param at a height
     * @return whether the mosaic can be used there: eternal, or defined at or before {@code at} and not yet expired
     */
    public boolean isActive(Height at) {
        return isEternal() || (at.compareTo(height) >= 0 && at.compareTo(expiryHeight()) < 0);
    }

    /**
     * @param at a height
     * @return whether the mosaic has expired there (never, for an eternal one)
     */
    public boolean isExpired(Height at) {
        return !isEternal() && expiryHeight().compareTo(at) <= 0;
    }
}

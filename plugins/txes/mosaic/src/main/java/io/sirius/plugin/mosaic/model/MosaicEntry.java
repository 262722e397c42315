package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import java.util.Objects;

/**
 * One entry of the mosaic cache: a mosaic's definition and its supply. Immutable: changes return a new entry.
 *
 * @param mosaicId the mosaic
 * @param supply the atomic units in existence
 * @param definition what the mosaic is
 */
public record MosaicEntry(MosaicId mosaicId, Amount supply, MosaicDefinition definition) {

    /** Checks the arguments. */
    public MosaicEntry {
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * @param at a height
     * @return whether the mosaic can be used there
     */
    public boolean isActive(Height at) {
        return definition.isActive(at);
    }

    /**
     * @param delta what to add
     * @return the entry with the larger supply
     * @throws ArithmeticException if the supply would pass 2^64 - 1
     */
    public MosaicEntry increaseSupply(Amount delta) {
        long after = supply.value() + delta.value();
        if (Long.compareUnsigned(after, supply.value()) < 0) {
            throw new ArithmeticException("the supply of " + mosaicId + " would overflow");
        }
        return new MosaicEntry(mosaicId, new Amount(after), definition);
    }

    /**
     * @param delta what to take
     * @return the entry with the smaller supply
     * @throws ArithmeticException if the supply is smaller than {@code delta}
     */
    public MosaicEntry decreaseSupply(Amount delta) {
        if (Long.compareUnsigned(supply.value(), delta.value()) < 0) {
            throw new ArithmeticException("cannot decrease the supply " + supply + " of " + mosaicId + " by " + delta);
        }
        return new MosaicEntry(mosaicId, new Amount(supply.value() - delta.value()), definition);
    }
}

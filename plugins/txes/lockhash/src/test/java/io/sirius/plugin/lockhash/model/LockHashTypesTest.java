package io.sirius.plugin.lockhash.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import org.junit.jupiter.api.Test;

class LockHashTypesTest {

    @Test
    void hasSiriussCodesAndKnowsBothBondedAggregates() {
        // Act + Assert
        assertEquals(0x4148, LockHashTypes.HASH_LOCK.value());
        assertTrue(LockHashTypes.isBondedAggregate(new EntityType(0x4241)));
        assertTrue(LockHashTypes.isBondedAggregate(new EntityType(0x4441)));
        assertFalse(LockHashTypes.isBondedAggregate(new EntityType(0x4141)));
        assertFalse(LockHashTypes.isBondedAggregate(new EntityType(0x4341)));
        assertFalse(LockHashTypes.isBondedAggregate(LockHashTypes.HASH_LOCK));
    }
}

package org.pressmark.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** Lengths around the 64-byte block and its 55-byte padding limit, and a page-sized one. */
    private static final int[] LENGTHS = {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 4096, 4097, 250_000};

    @Test
    void givesTheDigestsOfTheFipsExamples() {
        for (String[] example : Sha256.EXAMPLES) {
            assertEquals(example[1], Sha256.hex(example[0].getBytes(StandardCharsets.US_ASCII)), example[0]);
        }
        // a million times "a", the third example of FIPS 180-2's appendix B
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
                Sha256.hex("a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void agreesWithTheJdkWhicheverProviderComputesIt() throws Exception {
        Random random = new Random(180_4);
        for (int round = 0; round < 3; round++) { // NSS may become ready between rounds
            for (int n : LENGTHS) {
                byte[] b = new byte[n];
                random.nextBytes(b);
                assertEquals(jdk(b), Sha256.hex(b), n + " bytes, by " + Sha256.providerName());
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aFileReadInPiecesHasTheDigestOfItsBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        Random random = new Random(7);
        for (int n : new int[] {0, 65_536, 65_537, 250_000}) { // empty, one buffer exactly, one byte more, several
            byte[] b = new byte[n];
            random.nextBytes(b);
            java.nio.file.Path f = tmp.resolve(n + ".bin");
            java.nio.file.Files.write(f, b);
            assertEquals(jdk(b), Sha256.hex(f), n + " bytes");
        }
    }

    @Test
    void nssAgreesWithTheJdkWhereItIsInstalled() throws Exception {
        Provider nss = Sha256.nssProvider();
        assumeTrue(nss != null, "NSS (libnss3) is not installed here: only the JDK's SHA-256 was checked");
        Random random = new Random(42);
        for (int n : LENGTHS) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            assertEquals(jdk(b), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", nss).digest(b)),
                    n + " bytes");
        }
        // and once asked for, the digests are computed by it as soon as its lookup thread has set it up
        Sha256.useNss();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Sha256.providerName().equals(nss.getName()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(nss.getName(), Sha256.providerName());
    }

    private static String jdk(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN").digest(b));
    }
}

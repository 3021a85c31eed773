package org.wopplatform.web.place;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The outlines of the world's countries as one SVG document that the maps on pages draw
 * with {@code <use>}: the land whole ({@code #land}) and each country on its own
 * ({@code #n404}, by its numeric code). The outlines never change while the application
 * runs, so the document's address names its content ({@code /maps/outlines-<hash>.svg},
 * {@code -pacific} for maps drawn across the antimeridian) and browsers keep it: a page's
 * map is its countries' links, names and markers, without the land's path data (147 of
 * the home page's 171 KB was its map, 77 KB of that path data, sent with every page).
 * Each outline keeps its stroke's width at any zoom ({@code vector-effect}, which a
 * {@code <use>} does not pass on); its colours come from the page's style sheet through
 * the {@code <use>} that draws it.
 */
final class MapOutlines {

	/** The document of one kind of map: its address, its bytes and its bytes gzipped. */
	record Document(String address, byte[] svg, byte[] gzipped) {
	}

	private final Document plain;

	private final Document pacific;

	MapOutlines(Projection projection) {
		this.plain = document(projection, false);
		this.pacific = document(projection, true);
	}

	/** The document for a plain map, or one centred on the Pacific ({@code shift}). */
	Document document(boolean shift) {
		return shift ? pacific : plain;
	}

	/**
	 * The document named so ({@code outlines-<hash>}, {@code outlines-pacific-<hash>}):
	 * the current one of its kind whatever the hash, as a page kept by a browser from
	 * before a new version of the outlines still draws its map.
	 */
	java.util.Optional<Document> named(String name) {
		if (name.startsWith("outlines-pacific-")) {
			return java.util.Optional.of(pacific);
		}
		return name.startsWith("outlines-") ? java.util.Optional.of(plain) : java.util.Optional.empty();
	}

	/** The id of a country's outline in the documents. */
	static String id(String numericCode) {
		return "n" + numericCode;
	}

	private static Document document(Projection projection, boolean shift) {
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs>\n");
		StringBuilder land = new StringBuilder();
		for (String code : new TreeSet<>(projection.codes())) {
			String path = Projection.path(projection.rings(code, shift));
			land.append(path);
			svg.append(element(id(code), path));
		}
		land.append(Projection.path(projection.uncodedRings(shift)));
		svg.append(element("land", land.toString())).append("</defs></svg>\n");
		byte[] bytes = svg.toString().getBytes(StandardCharsets.UTF_8);
		String hash = HexFormat.of().formatHex(sha256(bytes), 0, 6);
		return new Document("/maps/outlines-" + (shift ? "pacific-" : "") + hash + ".svg", bytes,
				org.wopplatform.web.common.Compression.gzip(bytes));
	}

	/**
	 * An outline with every ring, its copies a world away too: a map's frame clips them.
	 */
	private static String element(String id, String path) {
		return "<path id=\"" + id + "\" vector-effect=\"non-scaling-stroke\" d=\"" + path + "\"/>\n";
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

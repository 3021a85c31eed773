package org.wopplatform.domain.partnership;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.organisation.Organisation;

/**
 * A resource put into a partnership ("resources" in the UN registry): financing, in-kind,
 * staff / technical expertise or other, with a description, and optionally the partner
 * that gives it, an amount, and its share of the total cost where a source states shares.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
	@SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id")
	private Partnership partnership;

	@Enumerated(EnumType.STRING)
	private ContributionCategory category;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private @Nullable Organisation organisation;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "currency")) })
	private @Nullable Money amount;

	@Column(name = "share_percent")
	private @Nullable BigDecimal sharePercent;

	private int position;

	protected Contribution() {
	}

	Contribution(Partnership partnership, ContributionCategory category, String description,
			@Nullable Organisation organisation, @Nullable Money amount, @Nullable BigDecimal sharePercent,
			int position) {
		this.partnership = partnership;
		this.category = category;
		this.description = description;
		this.organisation = organisation;
		this.amount = amount;
		this.sharePercent = sharePercent;
		this.position = position;
	}

	public @Nullable Long id() {
		return id;
	}

	public ContributionCategory category() {
		return category;
	}

	public String description() {
		return description;
	}

	public @Nullable Organisation organisation() {
		return organisation;
	}

	public @Nullable Money amount() {
		return amount;
	}

	public @Nullable BigDecimal sharePercent() {
		return sharePercent;
	}

	public int position() {
		return position;
	}

}

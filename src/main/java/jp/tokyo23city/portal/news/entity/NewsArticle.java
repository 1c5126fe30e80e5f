package jp.tokyo23city.portal.news.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An article the project publishes: お知らせ, 全国連携NEWS or TOPIC. */
@Entity
@Table(name = "news_article")
public class NewsArticle {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Lob
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NewsCategory category;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected NewsArticle() {
    }

    public NewsArticle(String title, String summary, String body, NewsCategory category, LocalDate publishedOn) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.category = category;
        this.publishedOn = publishedOn;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}

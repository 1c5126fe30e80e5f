-- Reference data: the eight regions, the 47 prefectures and the master of municipalities.
-- The 23 special wards are inserted here and marked as the project's wards; the rest of the master is imported
-- by an admin from CSV (see MunicipalityImport).

CREATE TABLE region (
    code       VARCHAR(16) NOT NULL PRIMARY KEY,
    name       VARCHAR(16) NOT NULL,
    name_en    VARCHAR(32) NOT NULL,
    sort_order INTEGER     NOT NULL
);
CREATE TABLE prefecture (
    code        CHAR(2)     NOT NULL PRIMARY KEY,
    lg_code     CHAR(6)     NOT NULL,
    name        VARCHAR(8)  NOT NULL,
    kana        VARCHAR(16) NOT NULL,
    name_en     VARCHAR(16) NOT NULL,
    region_code VARCHAR(16) NOT NULL,
    CONSTRAINT prefecture_region_fk FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE TABLE municipality (
    lg_code         CHAR(6)       NOT NULL PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    name            VARCHAR(64)   NOT NULL,
    kana            VARCHAR(128)  NOT NULL,
    web_site        VARCHAR(500),
    latitude        DECIMAL(11,8),
    longitude       DECIMAL(11,8),
    special_ward    BOOLEAN       NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         INTEGER       NOT NULL,
    CONSTRAINT municipality_prefecture_fk FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
);
CREATE INDEX municipality_prefecture_ix ON municipality (prefecture_code, kana);

INSERT INTO region (code, name, name_en, sort_order) VALUES ('HOKKAIDO', '北海道', 'Hokkaido', 1);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('TOHOKU', '東北', 'Tohoku', 2);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('KANTO', '関東', 'Kanto', 3);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('CHUBU', '中部', 'Chubu', 4);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('KINKI', '近畿', 'Kinki', 5);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('CHUGOKU', '中国', 'Chugoku', 6);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('SHIKOKU', '四国', 'Shikoku', 7);
INSERT INTO region (code, name, name_en, sort_order) VALUES ('KYUSHU_OKINAWA', '九州沖縄', 'Kyushu-Okinawa', 8);

INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('01', '010006', '北海道', 'ほっかいどう', 'Hokkaido', 'HOKKAIDO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('02', '020001', '青森県', 'あおもりけん', 'Aomori', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('03', '030007', '岩手県', 'いわてけん', 'Iwate', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('04', '040002', '宮城県', 'みやぎけん', 'Miyagi', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('05', '050008', '秋田県', 'あきたけん', 'Akita', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('06', '060003', '山形県', 'やまがたけん', 'Yamagata', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('07', '070009', '福島県', 'ふくしまけん', 'Fukushima', 'TOHOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('08', '080004', '茨城県', 'いばらきけん', 'Ibaraki', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('09', '090000', '栃木県', 'とちぎけん', 'Tochigi', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('10', '100005', '群馬県', 'ぐんまけん', 'Gunma', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('11', '110001', '埼玉県', 'さいたまけん', 'Saitama', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('12', '120006', '千葉県', 'ちばけん', 'Chiba', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('13', '130001', '東京都', 'とうきょうと', 'Tokyo', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('14', '140007', '神奈川県', 'かながわけん', 'Kanagawa', 'KANTO');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('15', '150002', '新潟県', 'にいがたけん', 'Niigata', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('16', '160008', '富山県', 'とやまけん', 'Toyama', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('17', '170003', '石川県', 'いしかわけん', 'Ishikawa', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('18', '180009', '福井県', 'ふくいけん', 'Fukui', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('19', '190004', '山梨県', 'やまなしけん', 'Yamanashi', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('20', '200000', '長野県', 'ながのけん', 'Nagano', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('21', '210005', '岐阜県', 'ぎふけん', 'Gifu', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('22', '220001', '静岡県', 'しずおかけん', 'Shizuoka', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('23', '230006', '愛知県', 'あいちけん', 'Aichi', 'CHUBU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('24', '240001', '三重県', 'みえけん', 'Mie', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('25', '250007', '滋賀県', 'しがけん', 'Shiga', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('26', '260002', '京都府', 'きょうとふ', 'Kyoto', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('27', '270008', '大阪府', 'おおさかふ', 'Osaka', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('28', '280003', '兵庫県', 'ひょうごけん', 'Hyogo', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('29', '290009', '奈良県', 'ならけん', 'Nara', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('30', '300004', '和歌山県', 'わかやまけん', 'Wakayama', 'KINKI');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('31', '310000', '鳥取県', 'とっとりけん', 'Tottori', 'CHUGOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('32', '320005', '島根県', 'しまねけん', 'Shimane', 'CHUGOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('33', '330001', '岡山県', 'おかやまけん', 'Okayama', 'CHUGOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('34', '340006', '広島県', 'ひろしまけん', 'Hiroshima', 'CHUGOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('35', '350001', '山口県', 'やまぐちけん', 'Yamaguchi', 'CHUGOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('36', '360007', '徳島県', 'とくしまけん', 'Tokushima', 'SHIKOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('37', '370002', '香川県', 'かがわけん', 'Kagawa', 'SHIKOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('38', '380008', '愛媛県', 'えひめけん', 'Ehime', 'SHIKOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('39', '390003', '高知県', 'こうちけん', 'Kochi', 'SHIKOKU');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('40', '400009', '福岡県', 'ふくおかけん', 'Fukuoka', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('41', '410004', '佐賀県', 'さがけん', 'Saga', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('42', '420000', '長崎県', 'ながさきけん', 'Nagasaki', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('43', '430005', '熊本県', 'くまもとけん', 'Kumamoto', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('44', '440001', '大分県', 'おおいたけん', 'Oita', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('45', '450006', '宮崎県', 'みやざきけん', 'Miyazaki', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('46', '460001', '鹿児島県', 'かごしまけん', 'Kagoshima', 'KYUSHU_OKINAWA');
INSERT INTO prefecture (code, lg_code, name, kana, name_en, region_code) VALUES ('47', '470007', '沖縄県', 'おきなわけん', 'Okinawa', 'KYUSHU_OKINAWA');

INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131016', '13', '千代田区', 'ちよだく', 'https://www.city.chiyoda.lg.jp/', 35.69388889, 139.7536111, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131024', '13', '中央区', 'ちゅうおうく', 'https://www.city.chuo.lg.jp/', 35.67083333, 139.7722222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131032', '13', '港区', 'みなとく', 'https://www.city.minato.tokyo.jp/', 35.65805556, 139.7516667, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131041', '13', '新宿区', 'しんじゅくく', 'https://www.city.shinjuku.lg.jp/', 35.69388889, 139.7036111, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131059', '13', '文京区', 'ぶんきょうく', 'https://www.city.bunkyo.lg.jp/', 35.70805556, 139.7522222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131067', '13', '台東区', 'たいとうく', 'https://www.city.taito.lg.jp/', 35.71277778, 139.78, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131075', '13', '墨田区', 'すみだく', 'https://www.city.sumida.lg.jp/', 35.71055556, 139.8016667, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131083', '13', '江東区', 'こうとうく', 'https://www.city.koto.lg.jp/', 35.67305556, 139.8172222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131091', '13', '品川区', 'しながわく', 'https://www.city.shinagawa.tokyo.jp/', 35.60888889, 139.7302778, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131105', '13', '目黒区', 'めぐろく', 'https://www.city.meguro.tokyo.jp/', 35.64138889, 139.6983333, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131113', '13', '大田区', 'おおたく', 'https://www.city.ota.tokyo.jp/', 35.56138889, 139.7161111, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131121', '13', '世田谷区', 'せたがやく', 'https://www.city.setagaya.lg.jp/index.html', 35.64611111, 139.6530556, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131130', '13', '渋谷区', 'しぶやく', 'https://www.city.shibuya.tokyo.jp/', 35.66388889, 139.6980556, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131148', '13', '中野区', 'なかのく', 'https://www.city.tokyo-nakano.lg.jp/', 35.7075, 139.6638889, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131156', '13', '杉並区', 'すぎなみく', 'https://www.city.suginami.tokyo.jp/', 35.69944444, 139.6363889, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131164', '13', '豊島区', 'としまく', 'https://www.city.toshima.lg.jp/index.html', 35.726121, 139.716678, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131172', '13', '北区', 'きたく', 'https://www.city.kita.tokyo.jp/', 35.75277778, 139.7336111, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131181', '13', '荒川区', 'あらかわく', 'https://www.city.arakawa.tokyo.jp/', 35.73611111, 139.7833333, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131199', '13', '板橋区', 'いたばしく', 'https://www.city.itabashi.tokyo.jp/', 35.75111111, 139.7094444, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131202', '13', '練馬区', 'ねりまく', 'https://www.city.nerima.tokyo.jp/', 35.73555556, 139.6522222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131211', '13', '足立区', 'あだちく', 'https://www.city.adachi.tokyo.jp/', 35.775, 139.8047222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131229', '13', '葛飾区', 'かつしかく', 'https://www.city.katsushika.lg.jp/', 35.74333333, 139.8472222, TRUE, CURRENT_TIMESTAMP, 1);
INSERT INTO municipality (lg_code, prefecture_code, name, kana, web_site, latitude, longitude, special_ward, updated_at, version) VALUES ('131237', '13', '江戸川区', 'えどがわく', 'https://www.city.edogawa.tokyo.jp/', 35.70666667, 139.8683333, TRUE, CURRENT_TIMESTAMP, 1);

/*
 * The story list's search (templates/macros/search.ftlh): a query and facet filters, combined with AND, answered
 * from the static index the build writes under /_search/<lang>/ (generator package `search`). It loads index.json,
 * then only what a search needs: the language's Snowball stemmer (the same algorithm the build stemmed with), the
 * term shards of the query's words, the files of the filter values chosen and one small file per result shown.
 * Words are split, lower-cased and stemmed exactly as TextAnalyzer does at build time.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.story-search[data-search-index]');
  if (!form || !window.fetch) {
    return;
  }
  var base = form.getAttribute('data-search-index');
  var results = document.getElementById(form.getAttribute('data-results'));
  var list = document.getElementById(form.getAttribute('data-list'));
  var status = form.querySelector('.search-status');
  var input = form.querySelector('input[type="search"]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-facet]'));
  var PAGE = 12;
  var files = {};
  var latest = 0;
  var timer = null;
  var shown = [];
  var showing = 0;

  function load(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (r) {
        if (!r.ok) {
          throw new Error(base + path + ': ' + r.status);
        }
        return r.json();
      });
    }
    return files[path];
  }

  var stemmer = null;
  function loadStemmer(index) {
    if (!index.stemmer) {
      return Promise.resolve(function (w) { return w; });
    }
    if (!stemmer) {
      stemmer = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + index.stemmer;
        script.onload = function () {
          var s = window.storysiteStemmer;
          resolve(function (w) { return s.stemWord(w); });
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return stemmer;
  }

  /* As TextAnalyzer.words: NFC, lower case, split on what is not a letter or digit. */
  function words(text) {
    return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      return w.length > 0;
    });
  }

  /* As SearchIndex.key: a-z0-9 as they are, any other UTF-16 character as _ + four hex digits. */
  function key(term) {
    var k = '';
    for (var i = 0; i < term.length; i++) {
      var c = term.charAt(i);
      k += /[a-z0-9]/.test(c) ? c : '_' + ('000' + term.charCodeAt(i).toString(16)).slice(-4);
    }
    return k;
  }

  /* The shard a term is in: the longest shard key that starts the term's key. */
  function shardOf(term, shards) {
    var k = key(term);
    var best = null;
    shards.forEach(function (s) {
      if (k.lastIndexOf(s, 0) === 0 && (best === null || s.length > best.length)) {
        best = s;
      }
    });
    return best;
  }

  function decode(gaps) {
    var docs = [];
    var n = 0;
    for (var i = 0; i < gaps.length; i++) {
      n += gaps[i];
      docs.push(n);
    }
    return docs;
  }

  function intersect(a, b) {
    var set = new Set(b);
    return a.filter(function (x) { return set.has(x); });
  }

  function union(lists) {
    var set = new Set();
    lists.forEach(function (l) { l.forEach(function (x) { set.add(x); }); });
    return Array.from(set).sort(function (x, y) { return x - y; });
  }

  /* The documents of one query word: those of its stem; for the word being typed also of every term it starts. */
  function match(word, partial, stem, index) {
    var stemmed = stem(word);
    var keys = [shardOf(stemmed, index.shards)];
    if (partial) {
      // the word being typed: also every shard of the terms it starts
      var typed = key(word);
      keys.push(shardOf(word, index.shards));
      keys = keys.concat(index.shards.filter(function (s) { return s.lastIndexOf(typed, 0) === 0; }));
    }
    keys = keys.filter(function (k, i) { return k !== null && keys.indexOf(k) === i; });
    return Promise.all(keys.map(function (k) { return load('terms/' + k + '.json'); })).then(function (shards) {
      var lists = [];
      shards.forEach(function (terms) {
        Object.keys(terms).forEach(function (term) {
          if (term === stemmed || (partial && term.lastIndexOf(word, 0) === 0)) {
            lists.push(decode(terms[term]));
          }
        });
      });
      return union(lists);
    });
  }

  function search(index, query, facets) {
    var all = words(query);
    var partial = query.length > 0 && !/\s$/.test(query);
    var last = all.length - 1;
    var kept = all.map(function (w, i) { return { word: w, partial: partial && i === last }; })
      .filter(function (q) { return q.word.length > 1 && index.stop.indexOf(q.word) < 0; });
    var parts = facets.map(function (f) {
      return load('facets/' + f.facet + '/' + encodeURIComponent(f.value) + '.json').then(decode);
    });
    var terms = kept.length === 0 ? Promise.resolve([]) : loadStemmer(index).then(function (stem) {
      return Promise.all(kept.map(function (q) { return match(q.word, q.partial, stem, index); }));
    });
    return Promise.all([terms, Promise.all(parts)]).then(function (found) {
      var sets = found[0].concat(found[1]);
      if (sets.length === 0) {
        return null; // only stop words or one letter: the list as it is
      }
      return sets.reduce(intersect);
    });
  }

  function message(count) {
    if (count === 0) {
      return form.getAttribute('data-msg-none');
    }
    return count === 1 ? form.getAttribute('data-msg-one')
      : form.getAttribute('data-msg-many').replace('{0}', String(count));
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function card(doc) {
    var article = el('article', 'card story-card');
    var title = el('h3', 'card-title');
    var link = el('a', null, doc[1]);
    link.href = doc[0];
    title.appendChild(link);
    article.appendChild(title);
    article.appendChild(el('p', 'card-meta', doc[2]));
    article.appendChild(el('p', 'card-summary', doc[3]));
    var item = el('li');
    item.appendChild(article);
    return item;
  }

  function showMore(run) {
    var next = shown.slice(showing, showing + PAGE);
    return Promise.all(next.map(function (n) { return load('docs/' + n + '.json'); })).then(function (docs) {
      if (run !== latest) {
        return;
      }
      var ul = results.querySelector('ul') || results.appendChild(el('ul', 'card-grid'));
      docs.forEach(function (doc) {
        ul.appendChild(card(doc));
      });
      showing += next.length;
      var more = results.querySelector('button.search-more');
      if (showing < shown.length && !more) {
        more = el('button', 'button search-more', form.getAttribute('data-msg-more'));
        more.type = 'button';
        more.addEventListener('click', function () {
          var first = showing;
          showMore(latest).then(function () {
            var link = results.querySelectorAll('li a')[first];
            if (link) {
              link.focus(); // keyboard users go on from the first new result
            }
          });
        });
        results.appendChild(more);
      } else if (showing >= shown.length && more) {
        more.remove();
      }
    });
  }

  function update() {
    var run = ++latest;
    form.setAttribute('aria-busy', 'true');
    var query = input.value;
    var facets = selects.filter(function (s) { return s.value; })
      .map(function (s) { return { facet: s.getAttribute('data-facet'), value: s.value }; });
    load('index.json').then(function (index) {
      return search(index, query, facets).then(function (found) {
        if (run !== latest) {
          return;
        }
        remember(query, facets);
        results.textContent = '';
        shown = found || [];
        showing = 0;
        form.setAttribute('data-search-state', found === null ? 'idle' : 'done');
        if (found === null) {
          results.hidden = true;
          list.hidden = false;
          status.textContent = '';
          return;
        }
        list.hidden = true;
        results.hidden = false;
        status.textContent = message(found.length);
        return showMore(run);
      });
    }).then(function () {
      if (run === latest) {
        form.setAttribute('aria-busy', 'false');
      }
    }).catch(function () {
      // the index cannot be read: the static list and its filter pages stay as they are
      results.hidden = true;
      list.hidden = false;
      form.setAttribute('data-search-state', 'failed');
      form.setAttribute('aria-busy', 'false');
    });
  }

  /* The search in the address (?q=...&sector=...), so it can be shared and survives a reload. */
  function remember(query, facets) {
    if (!window.history || !window.URLSearchParams) {
      return;
    }
    var params = new URLSearchParams();
    if (query.trim()) {
      params.set('q', query.trim());
    }
    facets.forEach(function (f) { params.set(f.facet, f.value); });
    var search = params.toString();
    history.replaceState(history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }

  function restore() {
    if (!window.URLSearchParams) {
      return;
    }
    var params = new URLSearchParams(location.search);
    if (params.has('q')) {
      input.value = params.get('q');
    }
    selects.forEach(function (s) {
      var value = params.get(s.getAttribute('data-facet'));
      if (value && s.querySelector('option[value="' + value.replace(/["\\]/g, '') + '"]')) {
        s.value = value;
      }
    });
  }

  function later() {
    form.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  }

  // what the browser test compares with the build's TextAnalyzer and SearchIndex.shard
  window.storysiteSearch = { words: words, key: key };

  input.addEventListener('input', later);
  selects.forEach(function (s) { s.addEventListener('change', update); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    update();
  });
  restore();
  if (input.value || selects.some(function (s) { return s.value; })) {
    update(); // a shared link, or the browser restored the form (back button)
  }
}());

// The eventfacts page: draws a document's facts over its text from the JSON contract.
// Spans are UTF-16 offsets, as JavaScript string indices are, so text.slice(start, end) is the
// evidence. Served by `eventfacts serve`, or inlined with its data by `eventfacts render`.
(function () {
  'use strict';

  var LABELS = {
    casualty: 'Casualty', arrest: 'Arrest', quote: 'Quote', reported: 'Reported speech',
    date: 'Date', place: 'Place', event: 'Event', actor: 'Actor'
  };

  var state = { text: '', doc: null, facts: {}, selected: null, id: '' };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') {
        node.textContent = attrs[name];
      } else if (name === 'className') {
        node.className = attrs[name];
      } else if (attrs[name] !== null && attrs[name] !== undefined) {
        node.setAttribute(name, attrs[name]);
      }
    });
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function validSpan(span, length) {
    return span && typeof span.start === 'number' && typeof span.end === 'number' &&
        span.start >= 0 && span.end <= length && span.start < span.end;
  }

  // Which fact shows (and answers a click) where several cover the same words: dates and places,
  // then casualties and arrests, then quotes and reported speech, which often contain them; within
  // a rank, the shorter span.
  var RANK = { date: 0, place: 0, casualty: 1, arrest: 1, quote: 2, reported: 2 };

  function before(a, b) {
    var ra = RANK[a.type], rb = RANK[b.type];
    if (ra !== rb) {
      return ra < rb;
    }
    return a.end - a.start < b.end - b.start;
  }

  // Every fact of the document, keyed "casualty-1", "quote-3", ..., in the JSON's order.
  function collect(doc, text) {
    var facts = {};
    var add = function (key, type, fact, span, extra) {
      facts[key] = Object.assign({ key: key, type: type, fact: fact, span: span }, extra || {});
    };
    (doc.casualties || []).forEach(function (c, i) {
      add('casualty-' + (i + 1), 'casualty', c, c.span);
    });
    (doc.arrests || []).forEach(function (a, i) {
      add('arrest-' + (i + 1), 'arrest', a, a.span);
    });
    (doc.quotes || []).forEach(function (q, i) {
      add('quote-' + (i + 1), q.kind === 'INDIRECT' ? 'reported' : 'quote', q, q.span);
    });
    (doc.events || []).forEach(function (e, i) {
      var key = 'event-' + (i + 1);
      add(key, 'event', e, e.span, { highlight: false });
      if (e.date && validSpan(e.date.span, text.length)) {
        add('date-' + (i + 1), 'date', e.date, e.date.span, { event: key });
      }
      if (e.place && validSpan(e.place.span, text.length)) {
        add('place-' + (i + 1), 'place', e.place, e.place.span, { event: key });
      }
    });
    (doc.actors || []).forEach(function (a) {
      add('actor-' + a.id, 'actor', a, (a.mentions || [])[0], { highlight: false });
    });
    return facts;
  }

  // The text cut at every span boundary; each piece knows which facts and actors cover it.
  function draw(text, doc, facts) {
    var marks = [];
    Object.keys(facts).forEach(function (key) {
      var f = facts[key];
      if (f.highlight !== false && validSpan(f.span, text.length)) {
        marks.push({ start: f.span.start, end: f.span.end, key: key, type: f.type });
      }
    });
    (doc.actors || []).forEach(function (a) {
      (a.mentions || []).forEach(function (m) {
        if (validSpan(m, text.length)) {
          marks.push({ start: m.start, end: m.end, actor: a.id });
        }
      });
    });
    var cuts = [0, text.length];
    marks.forEach(function (m) {
      cuts.push(m.start, m.end);
    });
    cuts = cuts.filter(function (c, i, all) {
      return all.indexOf(c) === i;
    }).sort(function (a, b) {
      return a - b;
    });
    var out = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var start = cuts[i];
      var end = cuts[i + 1];
      var piece = text.slice(start, end);
      var over = marks.filter(function (m) {
        return m.start <= start && m.end >= end;
      });
      if (over.length === 0) {
        out.append(piece);
        continue;
      }
      var keys = [];
      var actors = [];
      var inner = null;
      over.forEach(function (m) {
        if (m.actor) {
          actors.push(m.actor);
        } else {
          keys.push(m.key);
          if (inner === null || before(m, inner)) {
            inner = m;
          }
        }
      });
      var classes = ['seg'];
      if (inner) {
        classes.push('hl-' + inner.type);
      }
      if (actors.length) {
        classes.push('mention');
      }
      out.append(el('span', {
        className: classes.join(' '),
        'data-start': start,
        'data-end': end,
        'data-facts': keys.length ? keys.join(' ') : null,
        'data-actors': actors.length ? actors.join(' ') : null,
        title: inner ? LABELS[inner.type] : 'Actor'
      }, [piece]));
    }
    return out;
  }

  function countText(count) {
    if (!count) {
      return null;
    }
    return count.text;
  }

  function rangeText(count) {
    if (!count) {
      return null;
    }
    var min = count.min === null || count.min === undefined ? 'open' : count.min;
    var max = count.max === null || count.max === undefined ? 'open' : count.max;
    if (min === max) {
      return String(min);
    }
    return min + ' to ' + max;
  }

  function yesNo(value) {
    return value ? 'yes' : 'no';
  }

  function lower(value) {
    return value ? String(value).toLowerCase().replace(/_/g, ' ') : value;
  }

  // A slot that names an actor links to it: hover or focus to see every mention.
  function slot(name, id) {
    if (name === null || name === undefined) {
      return null;
    }
    if (!id) {
      return document.createTextNode(name);
    }
    var link = el('button', {
      type: 'button', className: 'link actor-link', 'data-actor': id,
      'aria-label': name + ': show this actor'
    }, [name]);
    link.addEventListener('click', function () {
      select('actor-' + id, true);
    });
    return link;
  }

  function factLink(key) {
    var f = state.facts[key];
    if (!f) {
      return document.createTextNode(key);
    }
    var link = el('button', { type: 'button', className: 'link', 'data-key': key }, [summary(f)]);
    link.addEventListener('click', function () {
      select(key, true);
    });
    return link;
  }

  function placeText(place) {
    if (!place) {
      return null;
    }
    var parts = [place.name || place.city || place.text];
    ['city', 'region', 'country'].forEach(function (field) {
      if (place[field] && parts.indexOf(place[field]) < 0) {
        parts.push(place[field]);
      }
    });
    return parts.filter(Boolean).join(', ');
  }

  function dateText(date) {
    if (!date) {
      return null;
    }
    var text = date.value || '';
    if (date.text) {
      text += ' (“' + date.text + '”)';
    }
    if (date.inferred) {
      text += ' (publication date)';
    }
    return text;
  }

  function eventOf(fact) {
    if (!fact || !fact.eventId || !state.doc || !state.doc.events) {
      return null;
    }
    for (var i = 0; i < state.doc.events.length; i++) {
      if (state.doc.events[i].id === fact.eventId) {
        return 'event-' + (i + 1);
      }
    }
    return null;
  }

  function totalText(total) {
    if (!total) {
      return null;
    }
    var count = total.count || total;
    return count.text || rangeText(count);
  }

  // The rows of a fact's details: [label, value] with value a string or a node; nulls are skipped.
  function rows(f) {
    var x = f.fact;
    var event = eventOf(x);
    var incident = event ? state.facts[event].fact : null;
    var when = incident ? dateText(incident.date) : null;
    var where = incident ? placeText(incident.place) : null;
    switch (f.type) {
      case 'casualty':
        return [
          ['Outcome', lower(x.outcome)],
          ['Count', countText(x.count)],
          ['Qualifier', lower(x.count && x.count.qualifier)],
          ['Range', rangeText(x.count)],
          ['Victims', slot(x.victims, x.victimsId)],
          ['Perpetrator', slot(x.perpetrator, x.perpetratorId)],
          ['Source', slot(x.source, x.sourceId)],
          ['Hedged', yesNo(x.hedged)],
          ['Date', when],
          ['Place', where],
          ['Event', event ? factLink(event) : null]
        ];
      case 'arrest':
        return [
          ['Arrested', slot(x.arrestee, x.arresteeId)],
          ['Count', countText(x.count)],
          ['Qualifier', lower(x.count && x.count.qualifier)],
          ['Range', rangeText(x.count)],
          ['Authority', slot(x.authority, x.authorityId)],
          ['Charge', slot(x.charge, x.chargeId)],
          ['Source', slot(x.source, x.sourceId)],
          ['Hedged', yesNo(x.hedged)],
          ['Date', when],
          ['Place', where],
          ['Event', event ? factLink(event) : null]
        ];
      case 'quote':
      case 'reported':
        return [
          ['Kind', lower(x.kind)],
          ['Speaker', x.speaker ? slot(x.speaker, x.speakerId) : 'not found'],
          ['Cue', x.cue],
          ['Channel', x.channel]
        ];
      case 'event':
        return [
          ['Date', dateText(x.date)],
          ['Place', placeText(x.place)],
          ['Killed', totalText(x.killed)],
          ['Injured', totalText(x.injured)],
          ['Missing', totalText(x.missing)],
          ['Arrested', totalText(x.arrested)],
          ['Facts', factsOfEvent(x)]
        ];
      case 'date':
        return [['Date', dateText(x)], ['Precision', lower(x.precision)], ['Event', factLink(f.event)]];
      case 'place':
        return [['Place', placeText(x)], ['Kind', lower(x.kind)], ['Event', factLink(f.event)]];
      case 'actor':
        return [
          ['Name', x.name],
          ['Kind', lower(x.kind)],
          ['Titles', (x.titles || []).join(', ') || null],
          ['Affiliation', x.affiliation],
          ['Mentions', String((x.mentions || []).length)],
          ['In facts', factsNaming(x.id)]
        ];
      default:
        return [];
    }
  }

  function factsOfEvent(event) {
    var keys = Object.keys(state.facts).filter(function (key) {
      var f = state.facts[key];
      return (f.type === 'casualty' || f.type === 'arrest') && f.fact.eventId === event.id;
    });
    return linkList(keys);
  }

  function factsNaming(actorId) {
    var keys = Object.keys(state.facts).filter(function (key) {
      var x = state.facts[key].fact;
      return state.facts[key].type !== 'actor' && Object.keys(x).some(function (field) {
        return /Id$/.test(field) && field !== 'eventId' && x[field] === actorId;
      });
    });
    return linkList(keys);
  }

  function linkList(keys) {
    if (keys.length === 0) {
      return null;
    }
    var list = el('ul', { className: 'inline' });
    keys.forEach(function (key) {
      list.append(el('li', {}, [factLink(key)]));
    });
    return list;
  }

  function showDetails(f) {
    var body = $('details-body');
    body.textContent = '';
    var heading = el('p', { className: 'kind kind-' + f.type }, [LABELS[f.type] + (f.fact.id ? ' ' + f.fact.id : '')]);
    body.append(heading);
    if (validSpan(f.span, state.text.length) && f.type !== 'actor') {
      body.append(el('blockquote', { className: 'evidence' }, [state.text.slice(f.span.start, f.span.end)]));
    }
    var list = el('dl', { className: 'facts' });
    rows(f).forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === '') {
        return;
      }
      list.append(el('dt', { text: row[0] }));
      list.append(el('dd', { 'data-field': row[0].toLowerCase() }, [row[1]]));
    });
    body.append(list);
    if (f.span && f.fact.rule) {
      body.append(el('p', {
        className: 'provenance',
        text: 'Characters ' + f.span.start + '–' + f.span.end + ', sentence ' + f.fact.sentence +
            ', rule ' + f.fact.rule
      }));
    }
    $('details').classList.add('open');
    $('close-details').hidden = false;
  }

  function segmentsOf(key) {
    var f = state.facts[key];
    if (f && f.type === 'actor') {
      return document.querySelectorAll('#article [data-actors~="' + f.fact.id + '"]');
    }
    return document.querySelectorAll('#article [data-facts~="' + key + '"]');
  }

  function select(key, scroll) {
    var f = state.facts[key];
    if (!f) {
      return;
    }
    document.querySelectorAll('#article .selected, #lists .current').forEach(function (node) {
      node.classList.remove('selected', 'current');
    });
    var segments = segmentsOf(key);
    if (segments.length === 0 && f.type === 'event' && validSpan(f.span, state.text.length)) {
      segments = segmentsCovering(f.span);
    }
    segments.forEach(function (node) {
      node.classList.add('selected');
    });
    var item = document.querySelector('#lists [data-key="' + key + '"]');
    if (item) {
      item.classList.add('current');
    }
    state.selected = key;
    showDetails(f);
    if (scroll && segments.length) {
      // On a phone the details cover the lower half: bring the evidence to the top instead.
      var narrow = window.matchMedia('(max-width: 820px)').matches;
      segments[0].scrollIntoView({ block: narrow ? 'start' : 'center', behavior: 'smooth' });
    }
  }

  function segmentsCovering(span) {
    return Array.prototype.filter.call(document.querySelectorAll('#article .seg'), function (node) {
      return Number(node.dataset.start) >= span.start && Number(node.dataset.end) <= span.end;
    });
  }

  function linkActors(ids, on) {
    ids.forEach(function (id) {
      document.querySelectorAll('#article [data-actors~="' + id + '"]').forEach(function (node) {
        node.classList.toggle('linked', on);
      });
    });
  }

  function summary(f) {
    var x = f.fact;
    switch (f.type) {
      case 'casualty':
        return lower(x.outcome) + ': ' + (countText(x.count) || '?') + (x.victims ? ', ' + x.victims : '');
      case 'arrest':
        return 'arrested: ' + [countText(x.count), x.arrestee].filter(Boolean).join(' ');
      case 'quote':
      case 'reported':
        var said = x.text.length > 70 ? x.text.slice(0, 67) + '…' : x.text;
        return (x.speaker || 'unattributed') + ': ' + said;
      case 'event':
        var parts = [x.id];
        if (x.date) {
          parts.push(x.date.value);
        }
        if (x.place) {
          parts.push(placeText(x.place));
        }
        if (x.killed) {
          parts.push(totalText(x.killed) + ' killed');
        }
        return parts.join(', ');
      case 'actor':
        return x.name + ' (' + (x.mentions || []).length + ')';
      default:
        return LABELS[f.type];
    }
  }

  function lists() {
    var nav = $('lists');
    nav.textContent = '';
    [['event', 'Events'], ['casualty', 'Casualties'], ['arrest', 'Arrests'],
      ['quote', 'Quotes'], ['reported', 'Reported speech'], ['actor', 'Actors']].forEach(function (kind) {
      var keys = Object.keys(state.facts).filter(function (key) {
        return state.facts[key].type === kind[0];
      });
      if (keys.length === 0 && (kind[0] === 'event' || kind[0] === 'reported')) {
        return;
      }
      var section = el('section', { className: 'list list-' + kind[0] });
      section.append(el('h3', {}, [kind[1] + ' ', el('span', { className: 'count', text: String(keys.length) })]));
      var list = el('ul');
      keys.forEach(function (key) {
        var f = state.facts[key];
        var button = el('button', { type: 'button', className: 'item swatch-' + f.type, 'data-key': key }, [summary(f)]);
        button.addEventListener('click', function () {
          select(key, true);
        });
        if (f.type === 'actor') {
          ['mouseenter', 'focus'].forEach(function (name) {
            button.addEventListener(name, function () { linkActors([f.fact.id], true); });
          });
          ['mouseleave', 'blur'].forEach(function (name) {
            button.addEventListener(name, function () { linkActors([f.fact.id], false); });
          });
        }
        list.append(el('li', {}, [button]));
      });
      if (keys.length === 0) {
        list.append(el('li', { className: 'none', text: 'none found' }));
      }
      section.append(list);
      nav.append(section);
    });
  }

  function show(text, doc) {
    state.text = text;
    state.doc = doc;
    state.facts = collect(doc, text);
    state.selected = null;
    var article = $('article');
    article.textContent = '';
    article.append(draw(text, doc, state.facts));
    lists();
    $('json').textContent = JSON.stringify(doc, null, 2);
    $('details-body').textContent = '';
    $('details-body').append(el('p', { className: 'hint', text: 'Click a highlighted passage, or a fact in the lists below.' }));
    $('details').classList.remove('open');
    $('result').hidden = false;
  }

  function status(message, isError) {
    var node = $('status');
    node.textContent = message;
    node.classList.toggle('error', !!isError);
  }

  function counted(doc) {
    var n = function (list) { return (list || []).length; };
    return n(doc.casualties) + ' casualties, ' + n(doc.arrests) + ' arrests, ' + n(doc.quotes) +
        ' quotes, ' + n(doc.actors) + ' actors' + (doc.events ? ', ' + n(doc.events) + ' events' : '');
  }

  function extract(event) {
    event.preventDefault();
    var text = $('text').value;
    if (text.trim() === '') {
      status('Paste an article first.', true);
      return;
    }
    var button = $('extract');
    button.disabled = true;
    status('Reading…');
    var started = performance.now();
    fetch('v1/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: state.id, text: text, published: $('published').value || null })
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, status: response.status, body: body };
      });
    }).then(function (answer) {
      if (!answer.ok || answer.body.error) {
        var error = answer.body.error || { kind: 'HTTP ' + answer.status, message: '' };
        status('Not read (' + error.kind + '): ' + error.message, true);
        return;
      }
      show(text, answer.body);
      $('result').scrollIntoView({ block: 'start' });
      status('Found ' + counted(answer.body) + ' in ' +
          ((performance.now() - started) / 1000).toFixed(1) + ' s.');
    }).catch(function (e) {
      status('The server did not answer: ' + e.message, true);
    }).finally(function () {
      button.disabled = false;
    });
  }

  function loadSamples() {
    fetch('samples').then(function (r) { return r.json(); }).then(function (samples) {
      var select = $('sample');
      samples.forEach(function (s) {
        select.append(el('option', { value: s.id, text: s.title }));
      });
    }).catch(function () {
      $('sample').disabled = true;
    });
    $('sample').addEventListener('change', function (event) {
      var id = event.target.value;
      if (!id) {
        return;
      }
      fetch('samples/' + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (s) {
        $('text').value = s.text;
        state.id = s.id;
        $('input').requestSubmit();
      });
    });
  }

  function wire() {
    var article = $('article');
    article.addEventListener('click', function (event) {
      var seg = event.target.closest('.seg');
      if (!seg) {
        return;
      }
      var keys = (seg.dataset.facts || '').split(' ').filter(Boolean);
      if (keys.length) {
        // The fact whose colour shows here first (see RANK).
        keys.sort(function (a, b) {
          var fa = state.facts[a], fb = state.facts[b];
          var ma = { type: fa.type, start: fa.span.start, end: fa.span.end };
          var mb = { type: fb.type, start: fb.span.start, end: fb.span.end };
          return before(ma, mb) ? -1 : before(mb, ma) ? 1 : 0;
        });
        var at = keys.indexOf(state.selected);
        // A second click on the same passage moves on to the next fact that covers it.
        select(at >= 0 && seg.classList.contains('selected') ? keys[(at + 1) % keys.length] : keys[0], false);
      } else if (seg.dataset.actors) {
        select('actor-' + seg.dataset.actors.split(' ')[0], false);
      }
    });
    article.addEventListener('mouseover', function (event) {
      var seg = event.target.closest('[data-actors]');
      if (seg) {
        linkActors(seg.dataset.actors.split(' '), true);
      }
    });
    article.addEventListener('mouseout', function (event) {
      var seg = event.target.closest('[data-actors]');
      if (seg) {
        linkActors(seg.dataset.actors.split(' '), false);
      }
    });
    $('details').addEventListener('mouseover', function (event) {
      var link = event.target.closest('[data-actor]');
      if (link) {
        linkActors([link.dataset.actor], true);
      }
    });
    $('details').addEventListener('mouseout', function (event) {
      var link = event.target.closest('[data-actor]');
      if (link) {
        linkActors([link.dataset.actor], false);
      }
    });
    $('close-details').addEventListener('click', function () {
      $('details').classList.remove('open');
      $('close-details').hidden = true;
    });
    $('text').addEventListener('input', function () {
      state.id = '';
      $('sample').value = '';
    });
  }

  function start() {
    wire();
    var inlined = $('eventfacts-data');
    if (inlined) {
      // A file written by `eventfacts render`: the data is here, there is no server to ask.
      var data = JSON.parse(inlined.textContent);
      $('input').hidden = true;
      document.body.classList.add('standalone');
      show(data.text, data.facts);
      $('doc-heading').textContent = data.facts.id ? 'Article ' + data.facts.id : 'Article';
      return;
    }
    $('input').addEventListener('submit', extract);
    loadSamples();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

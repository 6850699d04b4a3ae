/* global document */
// Upload a Document, enhanced: a "Browse for file" button opens the file window; "This document includes…" lists
// only the descriptions of the chosen type; "Please select a CBA" shows only for a bid surety bond.
// Without JavaScript the plain form works and the server checks every rule.
(function () {
  var form = document.getElementById('upload-form');
  if (!form) return;
  var fileInput = document.getElementById('field-file');
  var picker = form.querySelector('.file-picker');
  var browse = document.getElementById('browse-for-file');
  var chosen = document.getElementById('chosen-file');
  picker.hidden = false;
  fileInput.classList.add('visually-hidden');
  fileInput.setAttribute('tabindex', '-1');
  browse.addEventListener('click', function () { fileInput.click(); });
  fileInput.addEventListener('change', function () {
    chosen.textContent = fileInput.files && fileInput.files.length ? fileInput.files[0].name : 'No file selected';
  });

  var type = document.getElementById('field-documentType');
  var description = document.getElementById('field-description');
  var groups = Array.prototype.map.call(description.querySelectorAll('optgroup'), function (g) {
    return { type: g.getAttribute('data-type'), node: g.cloneNode(true) };
  });
  var placeholder = description.querySelector('option[value=""]').cloneNode(true);
  var cbaBlock = document.getElementById('cba-block');
  var cba = document.getElementById('field-cba');

  function refresh() {
    var selected = description.value;
    var wanted = type.value;
    description.textContent = '';
    description.appendChild(placeholder.cloneNode(true));
    groups.forEach(function (g) {
      if (!wanted) { description.appendChild(g.node.cloneNode(true)); return; }
      if (g.type !== wanted) return;
      Array.prototype.forEach.call(g.node.querySelectorAll('option'), function (o) { description.appendChild(o.cloneNode(true)); });
    });
    description.value = selected;
    if (description.value !== selected) description.value = '';
    var bond = wanted === cbaBlock.getAttribute('data-bond-type');
    cbaBlock.hidden = !bond;
    if (!bond) cba.value = '';
  }
  type.addEventListener('change', refresh);
  refresh();
})();
